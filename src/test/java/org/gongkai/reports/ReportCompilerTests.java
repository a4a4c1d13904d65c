package org.gongkai.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler of the annual report as a pure function of what the statistics interfaces
 * answer: the seed reproduced cell by cell, a busy year equal to hand-computed figures,
 * the text's live fields, and the findings of the one rule engine.
 */
class ReportCompilerTests {

	@Test
	void theTextStatesTheRoundsReopenedAfterACorrectionAndTheRulesFindNothingInIt() {
		ReportCompiler.Sources busy = CompiledReports.scenario2024();
		ReportCompiler.Sources reopened = new ReportCompiler.Sources(busy.agency(), false, busy.year(),
				busy.tableThree(), busy.tableFour(), busy.tableTwo(), busy.channels(), busy.fees(), busy.questions(),
				2);
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(reopened, null);
		assertThat(compiled.report().section(1).text()).contains("原答复被依法纠正后重新办理 2 件");
		assertThat(compiled.fields()).containsEntry("reopened", "2");
		assertThat(compiled.findings()).isEqualTo(ReportCompiler.assemble(busy, null).findings());

		assertThat(ReportCompiler.assemble(busy, null).report().section(1).text()).doesNotContain("重新办理");
	}

	@Test
	void demoDataOfCommerce2023CompilesToTheSeedCellByCell() {
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(CompiledReports.commerce2023(), null);
		AnnualReport seed = new ReportChecker().check("seed.txt", SeedReportTests.seed()).report();
		AnnualReport report = compiled.report();
		assertThat(report.agency()).isEqualTo(seed.agency());
		assertThat(report.year()).isEqualTo(seed.year());
		assertThat(report.format()).isEqualTo(seed.format());
		for (ApplicationRow row : ApplicationRow.of(seed.format())) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				assertThat(report.application(row, column)).as(row.key() + "/" + column.key())
					.isNotNull()
					.isEqualTo(seed.application(row, column));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				assertThat(report.appeal(group, column)).as(group.key() + "/" + column.key())
					.isNotNull()
					.isEqualTo(seed.appeal(group, column));
			}
		}
		ActiveDisclosure mine = report.activeDisclosure();
		ActiveDisclosure theirs = seed.activeDisclosure();
		assertThat(List.of(mine.regulations().issued(), mine.regulations().repealed(), mine.regulations().inForce(),
				mine.normativeDocuments().issued(), mine.normativeDocuments().repealed(),
				mine.normativeDocuments().inForce(), mine.licensing(), mine.penalties(), mine.coercion()))
			.isEqualTo(List.of(theirs.regulations().issued(), theirs.regulations().repealed(),
					theirs.regulations().inForce(), theirs.normativeDocuments().issued(),
					theirs.normativeDocuments().repealed(), theirs.normativeDocuments().inForce(), theirs.licensing(),
					theirs.penalties(), theirs.coercion()));
		assertThat(mine.feesTenThousandYuan()).isEqualByComparingTo(theirs.feesTenThousandYuan());
		assertThat(ReportJson.report(report)).isEqualTo(ReportJson.report(tablesOnly(seed)));
	}

	@Test
	void demoReportStatesTheSeedsFiguresAndOnlyTheAllZeroWarning() {
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(CompiledReports.commerce2023(), null);
		String overview = compiled.report().section(1).text();
		assertThat(overview).contains("网站发布信息 45 条", "微信公众号推送 1128 条信息", "全年收到依申请公开 0 件", "收到各类咨询投诉 800 件", "回复 800 件");
		assertThat(compiled.report().section(6).text()).contains("未收取政府信息公开信息处理费");
		assertThat(compiled.report().sections()).extracting(ReportSection::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(compiled.findings()).extracting(Finding::rule).containsExactly("W-all-zero");
		assertThat(compiled.hasErrors()).isFalse();
	}

	@Test
	void aYearWithNoRecordsIsAValidAllZeroReportFlaggedAsSuch() {
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(CompiledReports.empty(2024), null);
		assertThat(compiled.hasErrors()).isFalse();
		assertThat(compiled.report().allZero()).isTrue();
		assertThat(compiled.findings()).extracting(Finding::rule).containsExactly("W-all-zero");
		assertThat(compiled.report().section(1).text()).doesNotContain("微信公众号推送");
	}

	@Test
	void busyYearEqualsHandComputedFiguresInEveryColumn() {
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(CompiledReports.scenario2024(), null);
		AnnualReport report = compiled.report();
		assertThat(report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(44);
		assertThat(report.application(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isEqualTo(3);
		assertThat(report.application(ApplicationRow.CARRIED_OVER, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
		assertThat(report.application(ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(26);
		assertThat(report.application(ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL)).isEqualTo(42);
		assertThat(report.application(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).isEqualTo(5);
		for (ApplicationRow row : ApplicationRow.values()) {
			if (row.isOutcome() && row != ApplicationRow.GRANTED && row != ApplicationRow.PARTIALLY_GRANTED) {
				assertThat(report.application(row, ApplicantColumn.NATURAL_PERSON)).as(row.key()).isEqualTo(1);
				assertThat(report.application(row, ApplicantColumn.TOTAL)).as(row.key()).isEqualTo(1);
			}
		}
		assertThat(report.application(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isEqualTo(20);
		assertThat(report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL)).isEqualTo(4);
		assertThat(report.appeal(AppealGroup.LITIGATION_DIRECT, AppealColumn.PENDING)).isEqualTo(1);
		assertThat(report.activeDisclosure().normativeDocuments().inForce()).isEqualTo(12);
		assertThat(report.activeDisclosure().feesTenThousandYuan()).isEqualByComparingTo("1.5");
		assertThat(compiled.findings()).filteredOn(Finding::isError).isEmpty();
		String overview = report.section(1).text();
		assertThat(overview).contains("全年收到依申请公开 44 件，上年结转 3 件，办结 42 件，结转下年度继续办理 5 件", "行政复议 4 件，行政诉讼 3 件");
		assertThat(report.section(6).text()).contains("共收取信息处理费 150 元");
	}

	@Test
	void a2020ReportUsesTheTrialFormatWithTheOtherDisposalsInOneRow() {
		ReportCompiler.Sources busy = CompiledReports.scenario2024();
		ReportCompiler.Sources sources = new ReportCompiler.Sources(busy.agency(), false, 2020, busy.tableThree(),
				busy.tableFour(), busy.tableTwo(), busy.channels(), busy.fees(), busy.questions());
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(sources, null);
		assertThat(compiled.report().format()).isEqualTo(TemplateFormat.F2019);
		assertThat(compiled.report().application(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL))
			.isEqualTo(3);
		assertThat(compiled.findings()).filteredOn(Finding::isError).isEmpty();
	}

	@Test
	void liveFieldsFollowTheTablesAndAHandTypedContradictionIsAnR6Error() {
		ReportCompiler.Sources sources = CompiledReports.scenario2024();
		Narrative.Texts edited = new Narrative.Texts("全年收到依申请公开 {{received}} 件，办结 {{processed}} 件。", null, null);
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(sources, edited);
		assertThat(compiled.report().section(1).text()).isEqualTo("全年收到依申请公开 44 件，办结 42 件。");
		assertThat(compiled.findings()).extracting(Finding::rule).doesNotContain("R-6");
		Narrative.Texts wrong = new Narrative.Texts("全年收到依申请公开 40 件，办结 {{processed}} 件。", null, null);
		ReportCompiler.Compiled contradicted = ReportCompiler.assemble(sources, wrong);
		assertThat(contradicted.findings()).filteredOn(finding -> finding.rule().equals("R-6"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.isError()).isTrue();
				assertThat(finding.location().sentence()).contains("40 件");
				assertThat(finding.message()).contains("40", "44");
			});
		assertThat(contradicted.hasErrors()).isTrue();
	}

	@Test
	void findingsOfACellAreFoundBesideIt() {
		ReportCompiler.Compiled compiled = ReportCompiler.assemble(CompiledReports.scenario2024(),
				new Narrative.Texts("全年收到依申请公开 40 件。", null, null));
		assertThat(compiled.at("三", "newlyReceived", "total")).extracting(Finding::rule).containsExactly("R-6");
		assertThat(compiled.at("三", "granted", "total")).isEmpty();
	}

	@Test
	void jsonOfACompiledReportIsUtf8AndNamesTheAgency() {
		String json = ReportJson.report(ReportCompiler.assemble(CompiledReports.commerce2023(), null).report());
		assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.startsWith("{\"agency\":\"卧龙区商务局\",\"year\":2023,\"format\":\"2021\"");
	}

	private static AnnualReport tablesOnly(AnnualReport report) {
		report.sections.clear();
		return report;
	}

}
