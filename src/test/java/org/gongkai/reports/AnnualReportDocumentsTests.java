package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formats of a compiled report: the JSON validates against the published JSON Schema,
 * and DOCX and XLSX read back (POI) hold the same figures as the JSON.
 */
class AnnualReportDocumentsTests {

	@Test
	void exportedJsonValidatesAgainstThePublishedSchema() throws IOException {
		Schema schema = schema();
		for (ReportCompiler.Sources sources : List.of(CompiledReports.commerce2023(), CompiledReports.scenario2024(),
				CompiledReports.empty(2020))) {
			String json = ReportJson.report(ReportCompiler.assemble(sources, null).report());
			List<Error> errors = schema.validate(json, InputFormat.JSON);
			assertThat(errors).as(json).isEmpty();
		}
	}

	@Test
	void theSchemaRefusesAFloatFeeAndANegativeCell() throws IOException {
		Schema schema = schema();
		String json = ReportJson.report(ReportCompiler.assemble(CompiledReports.scenario2024(), null).report());
		assertThat(schema.validate(json.replace("\"feesTenThousandYuan\":\"1.5\"", "\"feesTenThousandYuan\":1.5"),
				InputFormat.JSON))
			.isNotEmpty();
		assertThat(schema.validate(
				json.replace("\"carriedForward\":{\"naturalPerson\":4", "\"carriedForward\":{\"naturalPerson\":-4"),
				InputFormat.JSON))
			.isNotEmpty();
	}

	@Test
	void docxReadBackHoldsTheFiguresOfTheJson() throws IOException {
		AnnualReport report = ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(AnnualReportDocuments.docx(report)))) {
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(3);
			assertThat(cells(tables.get(1))).isEqualTo(AnnualReportDocuments.tableThree(report));
			assertThat(cells(tables.get(2))).isEqualTo(AnnualReportDocuments.tableFour(report));
			List<String> granted = row(cells(tables.get(1)), ApplicationRow.GRANTED.label());
			assertThat(granted.subList(1, 8)).containsExactly("5", "5", "2", "1", "4", "3", "20");
			List<String> reconsideration = row(cells(tables.get(2)), "行政复议");
			assertThat(reconsideration.subList(1, 6)).containsExactly("2", "1", "0", "1", "4");
			List<String> paragraphs = new ArrayList<>();
			document.getParagraphs().forEach(paragraph -> paragraphs.add(paragraph.getText()));
			assertThat(paragraphs).contains("一、总体情况", "六、其他需要报告的事项");
			assertThat(String.join("\n", paragraphs)).contains("全年收到依申请公开 44 件");
		}
	}

	@Test
	void xlsxReadBackHoldsTheFiguresOfTheJson() throws IOException {
		AnnualReport report = ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AnnualReportDocuments.xlsx(report)))) {
			XSSFSheet three = workbook.getSheetAt(1);
			for (ApplicationRow row : ApplicationRow.values()) {
				Row found = null;
				for (Row candidate : three) {
					if (row.label().equals(candidate.getCell(0).getStringCellValue())) {
						found = candidate;
					}
				}
				assertThat(found).as(row.key()).isNotNull();
				for (ApplicantColumn column : ApplicantColumn.values()) {
					Cell cell = found.getCell(column.ordinal() + 1);
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat((int) cell.getNumericCellValue()).as(row.key() + "/" + column.key())
						.isEqualTo(report.application(row, column));
				}
			}
		}
	}

	@Test
	void a2020ReportIsPrintedInThe2019TrialLayout() throws IOException {
		ReportCompiler.Sources busy = CompiledReports.scenario2024();
		ReportCompiler.Sources sources = new ReportCompiler.Sources(busy.agency(), false, 2020, busy.tableThree(),
				busy.tableFour(), busy.tableTwo(), busy.channels(), busy.fees(), busy.questions());
		AnnualReport report = ReportCompiler.assemble(sources, null).report();
		List<List<String>> two = AnnualReportDocuments.tableTwo(report);
		assertThat(two).contains(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of("规范性文件", "3", "3", "12"),
				List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), List.of("行政许可", "", "", "40"),
				List.of("其他对外管理服务事项", "", "", ""), List.of("第二十条第（九）项"), List.of("政府集中采购", "", ""));
		assertThat(two).noneMatch(row -> row.contains("本年制发件数") || row.contains("行政规范性文件"));
		List<List<String>> three = AnnualReportDocuments.tableThree(report);
		// （六）其他处理 is one row of figures: 1 + 1 + 1 natural persons folded together
		assertThat(row(three, "（六）其他处理")).hasSize(8).element(1).isEqualTo("3");
		assertThat(three).noneMatch(row -> row.get(0).equals("3.其他") || row.get(0).startsWith("1.申请人无正当理由"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(AnnualReportDocuments.docx(report)))) {
			assertThat(cells(document.getTables().get(0))).contains(List.of("政府集中采购"),
					List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
			assertThat(row(cells(document.getTables().get(1)), "（六）其他处理")).hasSize(8);
		}
		assertThat(AnnualReportDocuments.xhtml(report)).contains("本年新制作数量", "第二十条第（九）项", "（六）其他处理");
		AnnualReport current = ReportCompiler.assemble(busy, null).report();
		assertThat(AnnualReportDocuments.tableTwo(current)).contains(List.of("行政规范性文件", "3", "1", "12"))
			.noneMatch(row -> row.contains("政府集中采购"));
		assertThat(AnnualReportDocuments.tableThree(current)).anyMatch(row -> row.get(0).equals("3.其他"));
	}

	@Test
	void theKeysOfThePrintedCellsNameTheFiguresTheRulesLocate() {
		AnnualReport report = ReportCompiler.assemble(CompiledReports.scenario2024(), null).report();
		List<List<AnnualReportDocuments.CellKey>> two = AnnualReportDocuments.tableTwoKeys(report);
		List<List<String>> twoTexts = AnnualReportDocuments.tableTwo(report);
		assertThat(two).hasSameSizeAs(twoTexts);
		int fees = twoTexts.indexOf(row(twoTexts, "行政事业性收费"));
		assertThat(two.get(fees)).containsExactly(null, new AnnualReportDocuments.CellKey("feesTenThousandYuan", null));
		int normative = twoTexts.indexOf(row(twoTexts, "行政规范性文件"));
		assertThat(two.get(normative).get(3))
			.isEqualTo(new AnnualReportDocuments.CellKey("normativeDocuments", "inForce"));
		List<List<AnnualReportDocuments.CellKey>> four = AnnualReportDocuments.tableFourKeys(report);
		assertThat(four.get(3).get(5))
			.isEqualTo(new AnnualReportDocuments.CellKey("litigationAfterReconsideration", "total"));
		List<List<AnnualReportDocuments.CellKey>> three = AnnualReportDocuments.tableThreeKeys(report);
		List<List<String>> threeTexts = AnnualReportDocuments.tableThree(report);
		int granted = threeTexts.indexOf(row(threeTexts, ApplicationRow.GRANTED.label()));
		assertThat(three.get(granted).get(7)).isEqualTo(new AnnualReportDocuments.CellKey("granted", "total"));
	}

	private static Schema schema() throws IOException {
		try (InputStream in = AnnualReportDocumentsTests.class
			.getResourceAsStream("/reports/annual-report.schema.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
		}
	}

	private static List<List<String>> cells(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cell.getText());
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<String> row(List<List<String>> rows, String label) {
		return rows.stream().filter(row -> !row.isEmpty() && row.get(0).equals(label)).findFirst().orElseThrow();
	}

}
