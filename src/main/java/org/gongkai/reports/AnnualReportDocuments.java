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

import org.gongkai.shared.ChineseFonts;

/**
 * The annual report in the national layout as office documents: DOCX (title, the six
 * sections in order, tables 二, 三 and 四 with their official labels) and XLSX (one sheet
 * per table). The rows of each table are those of {@link #tableTwo}, {@link #tableThree}
 * and {@link #tableFour}, which the portal page prints too. The same page as XHTML
 * ({@link #xhtml}) is rendered to PDF with the platform's Chinese font.
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

	/**
	 * The report as PDF: the national layout of {@link #xhtml} with the Chinese font
	 * embedded.
	 */
	public static byte[] pdf(AnnualReport report, ChineseFonts fonts) {
		return fonts.render(xhtml(report));
	}

	/**
	 * The report as one XHTML page in the national layout: the title, the six sections in
	 * order, tables 二, 三 and 四 with their official labels, A4 and the font family of
	 * {@link ChineseFonts}.
	 */
	public static String xhtml(AnnualReport report) {
		StringBuilder html = new StringBuilder(32_768);
		html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(title(report)))
			.append("</title><style>")
			.append(PAGE_CSS)
			.append("</style></head><body><h1>")
			.append(escape(title(report)))
			.append("</h1>");
		for (ReportSection section : report.sections()) {
			html.append("<h2>")
				.append(escape(ReportRules.numeral(section.number()) + "、" + section.heading()))
				.append("</h2>");
			switch (section.number()) {
				case 2 -> htmlTable(html, tableTwo(report));
				case 3 -> htmlTable(html, tableThree(report));
				case 4 -> htmlTable(html, tableFour(report));
				default -> {
					for (String paragraph : section.text().split("\n+")) {
						if (!paragraph.isBlank()) {
							html.append("<p>").append(escape(paragraph)).append("</p>");
						}
					}
				}
			}
		}
		return html.append("</body></html>").toString();
	}

	private static final String PAGE_CSS = """
			@page { size: A4; margin: 25mm 20mm; }
			body { font-family: %s; font-size: 11pt; line-height: 1.6; }
			h1 { text-align: center; font-size: 16pt; }
			h2 { font-size: 13pt; margin: 12pt 0 6pt 0; }
			p { text-indent: 2em; margin: 0 0 4pt 0; }
			table { border-collapse: collapse; width: 100%%; font-size: 8pt; }
			td { border: 0.5pt solid #000; padding: 2pt; text-align: center; }
			td.label { text-align: left; }
			""".formatted(ChineseFonts.FAMILY);

	private static void htmlTable(StringBuilder html, List<List<String>> rows) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(1);
		html.append("<table>");
		for (List<String> row : rows) {
			html.append("<tr>");
			for (int c = 0; c < row.size(); c++) {
				html.append("<td");
				if (c == 0) {
					html.append(" class=\"label\"");
				}
				if (row.size() == 1) {
					html.append(" colspan=\"").append(columns).append('"');
				}
				html.append('>').append(row.get(c).isEmpty() ? "&#160;" : escape(row.get(c))).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table>");
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
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
