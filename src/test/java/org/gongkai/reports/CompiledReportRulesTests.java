package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the one engine on a compiled report: the busy year passes every rule, and
 * each rule fails on the change that breaks it (and only then).
 */
class CompiledReportRulesTests {

	private static final ReportRules.Context RECORDS = new ReportRules.Context(false, new BigDecimal("150.00"));

	@Test
	void theCompiledBusyYearPassesEveryRule() {
		assertThat(ReportRules.check(busy(), RECORDS)).isEmpty();
	}

	@Test
	void rOff1FailsWhenCarriedForwardDoesNotBalance() {
		assertThat(rulesAfter(report -> {
			add(report, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1);
			add(report, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 1);
			// the text, rendered before the change, still states the old figure: R-6 too
		})).containsOnly("R-OFF-1", "R-6");
	}

	@Test
	void r1FailsWhenTheOutcomesDoNotSumToTheTotal() {
		assertThat(rulesAfter(report -> {
			add(report, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, 1);
			add(report, ApplicationRow.GRANTED, ApplicantColumn.TOTAL, 1);
		})).containsOnly("R-1");
	}

	@Test
	void r2FailsWhenARowTotalIsNotTheSumOfItsColumns() {
		assertThat(rulesAfter(report -> add(report, ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 1)))
			.contains("R-2");
	}

	@Test
	void r3FailsWhenTableFourTotalIsWrong() {
		assertThat(rulesAfter(report -> report.setAppeal(AppealGroup.LITIGATION_DIRECT, AppealColumn.TOTAL, 5)))
			.contains("R-3");
	}

	@Test
	void r4FailsWhenCarriedOverIsNotLastYearsCarriedForward() {
		AnnualReport current = busy();
		AnnualReport previous = ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
		previous.year = 2023;
		assertThat(ReportRules.checkYears(YearFigures.of(previous), YearFigures.of(current))).extracting(Finding::rule)
			.contains("R-4");
		previous.setApplication(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 2);
		previous.setApplication(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE, 1);
		previous.setApplication(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 3);
		assertThat(ReportRules.checkYears(YearFigures.of(previous), YearFigures.of(current))).extracting(Finding::rule)
			.doesNotContain("R-4");
	}

	@Test
	void r5FailsOnABlankOrNegativeCell() {
		assertThat(rulesAfter(report -> report.activeDisclosure.licensing = null)).containsOnly("R-5");
		assertThat(rulesAfter(report -> report.setAppeal(AppealGroup.RECONSIDERATION, AppealColumn.OTHER, -1)))
			.contains("R-5");
	}

	@Test
	void r6FailsOnANarrativeFigureAgainstTheTables() {
		assertThat(rulesAfter(report -> replaceSection(report, 1, "全年收到依申请公开 45 件。"))).containsOnly("R-6");
		assertThat(rulesAfter(report -> replaceSection(report, 1, "全年收到依申请公开 44 件。"))).isEmpty();
	}

	@Test
	void r7FailsOnRegulationsFromAnAgencyThatCannotMakeThem() {
		Consumer<AnnualReport> regulation = report -> report.activeDisclosure.regulations.set(1, 0, 1);
		assertThat(rulesAfter(regulation)).containsOnly("R-7");
		AnnualReport report = busy();
		regulation.accept(report);
		assertThat(ReportRules.check(report, new ReportRules.Context(true, new BigDecimal("150")))).isEmpty();
	}

	@Test
	void r8FailsWhenSectionSixStatesOtherFeesThanTheRecords() {
		assertThat(rulesAfter(report -> replaceSection(report, 6, "本年度共收取信息处理费 100 元。"))).containsOnly("R-8");
	}

	@Test
	void r9FailsOnAMissingSectionOrTheWrongTemplate() {
		assertThat(rulesAfter(report -> report.sections.removeIf(section -> section.number() == 5)))
			.containsOnly("R-9");
		assertThat(rulesAfter(report -> report.format = TemplateFormat.F2019)).contains("R-9");
	}

	@Test
	void warningsForALargeOtherShareAJumpAndAnAllZeroYear() {
		assertThat(rulesAfter(report -> {
			add(report, ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.NATURAL_PERSON, 20);
			add(report, ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL, 20);
			add(report, ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.NATURAL_PERSON, 20);
			add(report, ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL, 20);
			add(report, ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON, 20);
			add(report, ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL, 20);
			replaceSection(report, 1, "");
		})).containsOnly("W-other-share");
		AnnualReport previous = ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
		previous.year = 2023;
		previous.setApplication(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL, 400);
		assertThat(ReportRules.checkYears(YearFigures.of(previous), YearFigures.of(busy()))).extracting(Finding::rule)
			.contains("W-year-jump");
		assertThat(ReportCompiler.assemble(CompiledReports.empty(2024), null).findings()).extracting(Finding::rule)
			.containsExactly("W-all-zero");
	}

	private static AnnualReport busy() {
		return ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
	}

	private static List<String> rulesAfter(Consumer<AnnualReport> change) {
		AnnualReport report = busy();
		change.accept(report);
		return ReportRules.check(report, RECORDS).stream().map(Finding::rule).distinct().toList();
	}

	private static void add(AnnualReport report, ApplicationRow row, ApplicantColumn column, int delta) {
		report.setApplication(row, column, report.application(row, column) + delta);
	}

	private static void replaceSection(AnnualReport report, int number, String text) {
		ReportSection old = report.section(number);
		int at = report.sections.indexOf(old);
		report.sections.set(at, new ReportSection(number, old.heading(), text));
	}

}
