package org.gongkai.reports;

import java.util.List;

import org.gongkai.disclosure.DisclosureStatistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervising office's own (本级) report that includes its region's agencies: its tables
 * are the sums, its text states the summed figures with the note of what they include,
 * and the same rules pass over the sums.
 */
class SubordinateSumsTests {

	@Test
	void theTablesAndTheTextAreTheSumsAndTheSectionOneOpensWithTheNote() {
		ReportCompiler.Sources own = CompiledReports.empty(2024);
		ReportCompiler.Sources busy = CompiledReports.scenario2024();
		ReportCompiler.Compiled alone = ReportCompiler.assemble(busy, null);
		ReportCompiler.Compiled summed = ReportCompiler.assembleWithSubordinates(own, List.of(busy, busy), null);

		AnnualReport report = summed.report();
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				assertThat(report.application(row, column)).as(row.key() + "/" + column.key())
					.isEqualTo(2 * alone.report().application(row, column));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				assertThat(report.appeal(group, column)).isEqualTo(2 * alone.report().appeal(group, column));
			}
		}
		assertThat(report.activeDisclosure().normativeDocuments().inForce()).isEqualTo(24);
		assertThat(report.activeDisclosure().feesTenThousandYuan()).isEqualByComparingTo("3.0");
		assertThat(report.agency()).isEqualTo(own.agency());
		assertThat(summed.fields()).containsEntry("subordinates", "2").containsEntry("received", "88");
		assertThat(report.section(1).text()).startsWith("本报告表二、表三、表四及正文中的统计数据为本级及所属 2 个部门（单位）的汇总数。")
			.contains("全年收到依申请公开 88 件");
		assertThat(summed.findings()).noneMatch(Finding::isError);
	}

	@Test
	void aFigureNobodyRecordedInOneAgencyLeavesTheSumBlankAndTheRuleFindsIt() {
		ReportCompiler.Sources busy = CompiledReports.scenario2024();
		ReportCompiler.Sources unrecorded = new ReportCompiler.Sources("某区某局", false, 2024, busy.tableThree(),
				busy.tableFour(),
				new DisclosureStatistics.ActiveDisclosure(busy.tableTwo().regulations(),
						busy.tableTwo().normativeDocuments(), null, 25, 2, "1.5"),
				busy.channels(), busy.fees(), busy.questions());
		ReportCompiler.Compiled summed = ReportCompiler.assembleWithSubordinates(busy, List.of(unrecorded), null);
		assertThat(summed.report().activeDisclosure().licensing()).isNull();
		assertThat(summed.findings()).anyMatch(finding -> finding.rule().equals("R-5")
				&& "二".equals(finding.location().table()) && "licensing".equals(finding.location().row()));
	}

}
