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

	/**
	 * Where a printed cell's figure is in the report: the JSON row and column keys of
	 * {@link Location}, so that the findings of the rules can be shown beside it.
	 * {@code column} {@code null} is a cell of a row with one figure.
	 */
	public record CellKey(String row, String column) {
	}

	/**
	 * Table 二 as rows of text: label, then the cells; the 2019 trial layout for years up
	 * to 2020 (regulations.md §2.3), the 2021 layout after.
	 */
	public static List<List<String>> tableTwo(AnnualReport report) {
		return texts(tableTwoCells(report));
	}

	/**
	 * The keys of the cells of {@link #tableTwo}, row by row, {@code null} for labels.
	 */
	public static List<List<CellKey>> tableTwoKeys(AnnualReport report) {
		return keys(tableTwoCells(report));
	}

	/**
	 * The keys of the cells of {@link #tableThree}, row by row, {@code null} for labels.
	 */
	public static List<List<CellKey>> tableThreeKeys(AnnualReport report) {
		return keys(tableThreeCells(report));
	}

	/**
	 * The keys of the cells of {@link #tableFour}, row by row, {@code null} for labels.
	 */
	public static List<List<CellKey>> tableFourKeys(AnnualReport report) {
		return keys(tableFourCells(report));
	}

	private record Printed(String text, CellKey key) {

		static Printed label(String text) {
			return new Printed(text, null);
		}

		static Printed figure(Integer value, String row, String column) {
			return new Printed(cell(value), new CellKey(row, column));
		}

	}

	private static List<List<Printed>> tableTwoCells(AnnualReport report) {
		return (report.format() == TemplateFormat.F2019) ? tableTwo2019(report) : tableTwo2021(report);
	}

	private static List<List<Printed>> tableTwo2021(AnnualReport report) {
		ActiveDisclosure table = report.activeDisclosure();
		List<List<Printed>> rows = new ArrayList<>();
		rows.add(labels("第二十条第（一）项"));
		rows.add(labels("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
		rows.add(documents("规章", "regulations", table.regulations()));
		rows.add(documents("行政规范性文件", "normativeDocuments", table.normativeDocuments()));
		rows.add(labels("第二十条第（五）项"));
		rows.add(labels("信息内容", "本年处理决定数量"));
		rows.add(List.of(Printed.label("行政许可"), Printed.figure(table.licensing(), "licensing", null)));
		rows.add(labels("第二十条第（六）项"));
		rows.add(labels("信息内容", "本年处理决定数量"));
		rows.add(List.of(Printed.label("行政处罚"), Printed.figure(table.penalties(), "penalties", null)));
		rows.add(List.of(Printed.label("行政强制"), Printed.figure(table.coercion(), "coercion", null)));
		rows.add(labels("第二十条第（八）项"));
		rows.add(labels("信息内容", "本年收费金额（单位：万元）"));
		rows.add(List.of(Printed.label("行政事业性收费"),
				new Printed((table.feesTenThousandYuan() == null) ? "" : table.feesTenThousandYuan().toPlainString(),
						new CellKey("feesTenThousandYuan", null))));
		return rows;
	}

	/**
	 * Table 二 of the 2019 trial format: its columns and rows (其他对外管理服务事项, 第二十条第（九）项
	 * 政府集中采购). Documents made this year are counted as made and as published, those in
	 * force as published in all; the records hold no count of items (项目数量) nor purchases,
	 * so those cells stay blank for the agency to fill on paper.
	 */
	private static List<List<Printed>> tableTwo2019(AnnualReport report) {
		ActiveDisclosure table = report.activeDisclosure();
		List<List<Printed>> rows = new ArrayList<>();
		rows.add(labels("第二十条第（一）项"));
		rows.add(labels("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
		rows.add(documents2019("规章", "regulations", table.regulations()));
		rows.add(documents2019("规范性文件", "normativeDocuments", table.normativeDocuments()));
		rows.add(labels("第二十条第（五）项"));
		rows.add(labels("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
		rows.add(List.of(Printed.label("行政许可"), Printed.label(""), Printed.label(""),
				Printed.figure(table.licensing(), "licensing", null)));
		rows.add(labels("其他对外管理服务事项", "", "", ""));
		rows.add(labels("第二十条第（六）项"));
		rows.add(labels("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
		rows.add(List.of(Printed.label("行政处罚"), Printed.label(""), Printed.label(""),
				Printed.figure(table.penalties(), "penalties", null)));
		rows.add(List.of(Printed.label("行政强制"), Printed.label(""), Printed.label(""),
				Printed.figure(table.coercion(), "coercion", null)));
		rows.add(labels("第二十条第（八）项"));
		rows.add(labels("信息内容", "上一年项目数量", "本年增/减"));
		rows.add(labels("行政事业性收费", "", ""));
		rows.add(labels("第二十条第（九）项"));
		rows.add(labels("信息内容", "采购项目数量", "采购总金额"));
		rows.add(labels("政府集中采购", "", ""));
		return rows;
	}

	private static List<Printed> documents(String label, String key, ActiveDisclosure.DocumentCounts counts) {
		return List.of(Printed.label(label), Printed.figure(counts.issued(), key, "issued"),
				Printed.figure(counts.repealed(), key, "repealed"), Printed.figure(counts.inForce(), key, "inForce"));
	}

	private static List<Printed> documents2019(String label, String key, ActiveDisclosure.DocumentCounts counts) {
		return List.of(Printed.label(label), Printed.figure(counts.issued(), key, "issued"),
				Printed.figure(counts.issued(), key, "issued"), Printed.figure(counts.inForce(), key, "inForce"));
	}

	private static List<Printed> labels(String... texts) {
		List<Printed> row = new ArrayList<>();
		for (String text : texts) {
			row.add(Printed.label(text));
		}
		return row;
	}

	/**
	 * Table 三 as rows of text: a heading row, then label and the seven cells per row. In
	 * the 2019 trial format （六）其他处理 is one row without sub-items.
	 */
	public static List<List<String>> tableThree(AnnualReport report) {
		return texts(tableThreeCells(report));
	}

	private static List<List<Printed>> tableThreeCells(AnnualReport report) {
		List<List<Printed>> rows = new ArrayList<>();
		List<Printed> heading = new ArrayList<>();
		heading.add(Printed.label("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"));
		for (ApplicantColumn column : ApplicantColumn.values()) {
			heading.add(Printed.label(column.label()));
		}
		rows.add(heading);
		ApplicationRow.Group group = null;
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			boolean single = report.format() == TemplateFormat.F2019
					&& row.group() == ApplicationRow.Group.OTHER_DISPOSAL;
			if (row.group() != group && !row.group().label().isEmpty() && !single) {
				rows.add(List.of(Printed.label(groupLabel(row.group()))));
			}
			group = row.group();
			List<Printed> cells = new ArrayList<>();
			cells.add(Printed.label(single ? groupLabel(row.group()) : row.label()));
			for (ApplicantColumn column : ApplicantColumn.values()) {
				cells.add(Printed.figure(report.application(row, column), row.key(), column.key()));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Table 四 as rows of text: one row per group with its five cells. */
	public static List<List<String>> tableFour(AnnualReport report) {
		return texts(tableFourCells(report));
	}

	private static List<List<Printed>> tableFourCells(AnnualReport report) {
		List<List<Printed>> rows = new ArrayList<>();
		List<Printed> heading = new ArrayList<>();
		heading.add(Printed.label(""));
		for (AppealColumn column : AppealColumn.values()) {
			heading.add(Printed.label(column.label()));
		}
		rows.add(heading);
		for (AppealGroup group : AppealGroup.values()) {
			List<Printed> cells = new ArrayList<>();
			cells.add(Printed
				.label((group == AppealGroup.RECONSIDERATION) ? group.label() : "行政诉讼（" + group.label() + "）"));
			for (AppealColumn column : AppealColumn.values()) {
				cells.add(Printed.figure(report.appeal(group, column), group.key(), column.key()));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<String>> texts(List<List<Printed>> rows) {
		return rows.stream().map(row -> row.stream().map(Printed::text).toList()).toList();
	}

	private static List<List<CellKey>> keys(List<List<Printed>> rows) {
		List<List<CellKey>> keys = new ArrayList<>();
		for (List<Printed> row : rows) {
			List<CellKey> line = new ArrayList<>();
			row.forEach(printed -> line.add(printed.key()));
			keys.add(line);
		}
		return keys;
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
