package org.gongkai.reports.web;

import java.util.List;
import java.util.Map;

import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.AnnualReportDocuments;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.AppealColumn;
import org.gongkai.reports.AppealGroup;
import org.gongkai.reports.Finding;
import org.gongkai.reports.Location;
import org.gongkai.reports.ReportCompiler;
import org.gongkai.reports.Severity;
import org.gongkai.reports.TemplateFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marks beside the cells of tables 二 and 四 (as of 三): the worst finding's class, the
 * rule ids and messages, and the recorded reason of a warning where the page shows
 * reasons.
 */
class CellMarksTests {

	private final AnnualReport report = AnnualReport.blank("某区某局", 2024, TemplateFormat.F2021);

	@Test
	void aTableFourErrorAndATableTwoWarningAreMarkedOnTheirCells() {
		this.report.setAppeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL, 3);
		Finding total = new Finding("R-3", Severity.ERROR, Location.cell("四", "reconsideration", "total"),
				"行政复议总计 3 不等于各项之和 2");
		Finding fees = new Finding("W-year-jump", Severity.WARNING, Location.cell("二", "normativeDocuments", "inForce"),
				"现行有效件数变化超过五倍");
		ReportCompiler.Compiled compiled = new ReportCompiler.Compiled(this.report, Map.of(), List.of(total, fees));

		List<List<CellMarks>> four = CellMarks.of(compiled, "四", AnnualReportDocuments.tableFourKeys(this.report),
				null);
		assertThat(four.get(1).get(5).css()).isEqualTo("cell-error");
		assertThat(four.get(1).get(5).rules()).isEqualTo("R-3");
		assertThat(four.get(1).get(5).note()).contains("行政复议总计 3");
		assertThat(four.get(1).get(1)).isEqualTo(CellMarks.NONE);
		assertThat(four.get(2).get(5)).isEqualTo(CellMarks.NONE);

		List<List<String>> texts = AnnualReportDocuments.tableTwo(this.report);
		List<List<CellMarks>> two = CellMarks.of(compiled, "二", AnnualReportDocuments.tableTwoKeys(this.report),
				Map.of(AnnualReports.warningKey(fees), "本年集中清理了规范性文件"));
		int row = texts.indexOf(texts.stream().filter(r -> r.get(0).equals("行政规范性文件")).findFirst().orElseThrow());
		CellMarks inForce = two.get(row).get(3);
		assertThat(inForce.css()).isEqualTo("cell-warning");
		assertThat(inForce.style()).contains("background");
		assertThat(inForce.reasons()).isEqualTo("本年集中清理了规范性文件");
		assertThat(two.get(row).get(1)).isEqualTo(CellMarks.NONE);
		assertThat(two.get(row).get(0)).isEqualTo(CellMarks.NONE);
	}

	@Test
	void aFindingOfAWholeRowMarksEveryCellOfIt() {
		Finding regulations = new Finding("R-7", Severity.ERROR, Location.row("二", "regulations"), "本机关无权制定规章");
		ReportCompiler.Compiled compiled = new ReportCompiler.Compiled(this.report, Map.of(), List.of(regulations));
		List<List<String>> texts = AnnualReportDocuments.tableTwo(this.report);
		List<List<CellMarks>> two = CellMarks.of(compiled, "二", AnnualReportDocuments.tableTwoKeys(this.report), null);
		int row = texts.indexOf(texts.stream().filter(r -> r.get(0).equals("规章")).findFirst().orElseThrow());
		assertThat(two.get(row).subList(1, 4)).allMatch(mark -> mark.css().equals("cell-error"));
	}

}
