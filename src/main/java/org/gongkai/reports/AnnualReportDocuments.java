package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The annual report in the national layout as office documents: DOCX (title, the six
 * sections in order, tables 二, 三 and 四 with their official labels) and XLSX (one sheet
 * per table). The rows of each table are those of {@link #tableTwo}, {@link #tableThree}
 * and {@link #tableFour}, which the portal page prints too.
 */
public final class AnnualReportDocuments {

	private AnnualReportDocuments() {
	}

	/** The title of the report: agency, year and the name of the report. */
	public static String title(AnnualReport report) {
		return report.agency() + " " + report.year() + " 年政府信息公开工作年度报告";
	}

	/** Table 二 as rows of text: label, then the cells. */
	public static List<List<String>> tableTwo(AnnualReport report) {
		ActiveDisclosure table = report.activeDisclosure();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("第二十条第（一）项"));
		rows.add(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
		rows.add(List.of("规章", cell(table.regulations().issued()), cell(table.regulations().repealed()),
				cell(table.regulations().inForce())));
		rows.add(List.of("行政规范性文件", cell(table.normativeDocuments().issued()),
				cell(table.normativeDocuments().repealed()), cell(table.normativeDocuments().inForce())));
		rows.add(List.of("第二十条第（五）项"));
		rows.add(List.of("信息内容", "本年处理决定数量"));
		rows.add(List.of("行政许可", cell(table.licensing())));
		rows.add(List.of("第二十条第（六）项"));
		rows.add(List.of("信息内容", "本年处理决定数量"));
		rows.add(List.of("行政处罚", cell(table.penalties())));
		rows.add(List.of("行政强制", cell(table.coercion())));
		rows.add(List.of("第二十条第（八）项"));
		rows.add(List.of("信息内容", "本年收费金额（单位：万元）"));
		rows.add(List.of("行政事业性收费",
				(table.feesTenThousandYuan() == null) ? "" : table.feesTenThousandYuan().toPlainString()));
		return rows;
	}

	/** Table 三 as rows of text: a heading row, then label and the seven cells per row. */
	public static List<List<String>> tableThree(AnnualReport report) {
		List<List<String>> rows = new ArrayList<>();
		List<String> heading = new ArrayList<>();
		heading.add("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
		for (ApplicantColumn column : ApplicantColumn.values()) {
			heading.add(column.label());
		}
		rows.add(heading);
		ApplicationRow.Group group = null;
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			if (row.group() != group && !row.group().label().isEmpty()) {
				rows.add(List.of(groupLabel(row.group())));
			}
			group = row.group();
			List<String> cells = new ArrayList<>();
			cells.add(row.label());
			for (ApplicantColumn column : ApplicantColumn.values()) {
				cells.add(cell(report.application(row, column)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Table 四 as rows of text: one row per group with its five cells. */
	public static List<List<String>> tableFour(AnnualReport report) {
		List<List<String>> rows = new ArrayList<>();
		List<String> heading = new ArrayList<>();
		heading.add("");
		for (AppealColumn column : AppealColumn.values()) {
			heading.add(column.label());
		}
		rows.add(heading);
		for (AppealGroup group : AppealGroup.values()) {
			List<String> cells = new ArrayList<>();
			cells.add((group == AppealGroup.RECONSIDERATION) ? group.label() : "行政诉讼（" + group.label() + "）");
			for (AppealColumn column : AppealColumn.values()) {
				cells.add(cell(report.appeal(group, column)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The report as DOCX. */
	public static byte[] docx(AnnualReport report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.createRun().setText(title(report));
			for (ReportSection section : report.sections()) {
				document.createParagraph()
					.createRun()
					.setText(ReportRules.numeral(section.number()) + "、" + section.heading());
				switch (section.number()) {
					case 2 -> table(document, tableTwo(report));
					case 3 -> table(document, tableThree(report));
					case 4 -> table(document, tableFour(report));
					default -> {
						for (String paragraph : section.text().split("\n+")) {
							document.createParagraph().createRun().setText(paragraph);
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Tables 二, 三 and 四 as XLSX, one sheet each. */
	public static byte[] xlsx(AnnualReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook, "表二 主动公开", tableTwo(report));
			sheet(workbook, "表三 依申请公开", tableThree(report));
			sheet(workbook, "表四 复议诉讼", tableFour(report));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<List<String>> rows) {
		Sheet sheet = workbook.createSheet(name);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String text = cells.get(c);
				if (c > 0 && text.matches("\\d{1,9}")) {
					row.createCell(c).setCellValue(Integer.parseInt(text));
				}
				else {
					row.createCell(c).setCellValue(text);
				}
			}
		}
	}

	private static void table(XWPFDocument document, List<List<String>> rows) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(1);
		XWPFTable table = document.createTable(rows.size(), columns);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.getCell(c).setText(rows.get(r).get(c));
			}
		}
	}

	private static String groupLabel(ApplicationRow.Group group) {
		return switch (group) {
			case WITHHELD -> "（三）不予公开";
			case UNAVAILABLE -> "（四）无法提供";
			case NOT_PROCESSED -> "（五）不予处理";
			case OTHER_DISPOSAL -> "（六）其他处理";
			default -> group.label();
		};
	}

	private static String cell(Integer value) {
		return (value == null) ? "" : value.toString();
	}

}
