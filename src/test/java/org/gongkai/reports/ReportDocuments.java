package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Annual reports built for the tests in the official layout, as an HTML page (merged
 * cells, site chrome, numbers split over tags, full-width digits), as DOCX (POI, merged
 * cells) and as a PDF made from the HTML (openhtmltopdf), from one set of figures.
 */
final class ReportDocuments {

	/** A cell of the layout: its text, colspan and rowspan. */
	record Cell(String text, int colspan, int rowspan) {

		static Cell of(String text) {
			return new Cell(text, 1, 1);
		}

	}

	static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private final Map<ApplicationRow, Integer[]> figures = new EnumMap<>(ApplicationRow.class);

	private final Integer[] appeals = new Integer[15];

	private String agency = "卧龙区教育局";

	private int year = 2023;

	private String statedReceived;

	/**
	 * A consistent report: 81 received, 2 carried over, 51 granted, 20 not held, 12
	 * carried forward.
	 */
	static ReportDocuments withApplications() {
		ReportDocuments report = new ReportDocuments();
		for (ApplicationRow row : ApplicationRow.values()) {
			report.figures.put(row, new Integer[] { 0, 0, 0, 0, 0, 0, 0 });
		}
		report.figures.put(ApplicationRow.NEWLY_RECEIVED, new Integer[] { 80, 1, 0, 0, 0, 0, 81 });
		report.figures.put(ApplicationRow.CARRIED_OVER, new Integer[] { 2, 0, 0, 0, 0, 0, 2 });
		report.figures.put(ApplicationRow.GRANTED, new Integer[] { 50, 1, 0, 0, 0, 0, 51 });
		report.figures.put(ApplicationRow.UNAVAILABLE_NOT_HELD, new Integer[] { 20, 0, 0, 0, 0, 0, 20 });
		report.figures.put(ApplicationRow.TOTAL_PROCESSED, new Integer[] { 70, 1, 0, 0, 0, 0, 71 });
		report.figures.put(ApplicationRow.CARRIED_FORWARD, new Integer[] { 12, 0, 0, 0, 0, 0, 12 });
		for (int i = 0; i < 15; i++) {
			report.appeals[i] = 0;
		}
		report.appeals[0] = 1;
		report.appeals[4] = 1;
		report.statedReceived = "81";
		return report;
	}

	ReportDocuments set(ApplicationRow row, Integer... cells) {
		this.figures.put(row, cells);
		return this;
	}

	ReportDocuments stated(String received) {
		this.statedReceived = received;
		return this;
	}

	private List<String> paragraphs(int section) {
		return switch (section) {
			case 1 -> List.of("2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。",
					"（二）依申请公开：全年共收到政府信息公开申请" + this.statedReceived + "件，均按期答复。");
			case 5 -> List.of("一是公开意识有待提高。二是公开内容需要充实。");
			case 6 -> List.of("本年度未收取信息处理费。");
			default -> List.of();
		};
	}

	private List<List<Cell>> tableTwo() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(new Cell("第二十条第（一）项", 4, 1)));
		rows.add(List.of(Cell.of("信息内容"), Cell.of("本年制发件数"), Cell.of("本年废止件数"), Cell.of("现行有效件数")));
		rows.add(List.of(Cell.of("规章"), Cell.of("0"), Cell.of("0"), Cell.of("0")));
		rows.add(List.of(Cell.of("行政规范性文件"), Cell.of("2"), Cell.of("1"), Cell.of("14")));
		rows.add(List.of(new Cell("第二十条第（五）项", 4, 1)));
		rows.add(List.of(Cell.of("信息内容"), new Cell("本年处理决定数量", 3, 1)));
		rows.add(List.of(Cell.of("行政许可"), new Cell("460", 3, 1)));
		rows.add(List.of(new Cell("第二十条第（六）项", 4, 1)));
		rows.add(List.of(Cell.of("信息内容"), new Cell("本年处理决定数量", 3, 1)));
		rows.add(List.of(Cell.of("行政处罚"), new Cell("3", 3, 1)));
		rows.add(List.of(Cell.of("行政强制"), new Cell("0", 3, 1)));
		rows.add(List.of(new Cell("第二十条第（八）项", 4, 1)));
		rows.add(List.of(Cell.of("信息内容"), new Cell("本年收费金额（单位：万元）", 3, 1)));
		rows.add(List.of(Cell.of("行政事业性收费"), new Cell("0.35", 3, 1)));
		return rows;
	}

	private List<List<Cell>> tableThree() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new Cell("申请人情况", 7, 1)));
		rows.add(List.of(new Cell("自然人", 1, 2), new Cell("法人或其他组织", 5, 1), new Cell("总计", 1, 2)));
		rows.add(List.of(Cell.of("商业企业"), Cell.of("科研机构"), Cell.of("社会公益组织"), Cell.of("法律服务机构"), Cell.of("其他")));
		Map<ApplicationRow.Group, String> groups = Map.of(ApplicationRow.Group.WITHHELD, "（三）不予公开",
				ApplicationRow.Group.UNAVAILABLE, "（四）无法提供", ApplicationRow.Group.NOT_PROCESSED, "（五）不予处理",
				ApplicationRow.Group.OTHER_DISPOSAL, "（六）其他处理");
		Map<ApplicationRow.Group, Integer> sizes = new HashMap<>();
		for (ApplicationRow row : ApplicationRow.values()) {
			sizes.merge(row.group(), 1, Integer::sum);
		}
		ApplicationRow.Group previous = null;
		for (ApplicationRow row : ApplicationRow.values()) {
			List<Cell> cells = new ArrayList<>();
			if (row == ApplicationRow.NEWLY_RECEIVED || row == ApplicationRow.CARRIED_OVER
					|| row == ApplicationRow.CARRIED_FORWARD) {
				cells.add(new Cell(row.label(), 3, 1));
			}
			else {
				if (row == ApplicationRow.GRANTED) {
					cells.add(new Cell("三、本年度办理结果", 1, 22));
				}
				if (groups.containsKey(row.group())) {
					if (row.group() != previous) {
						cells.add(new Cell(groups.get(row.group()), 1, sizes.get(row.group())));
					}
					cells.add(Cell.of(row.label().replace(".", "．")));
				}
				else {
					cells.add(new Cell(row.label(), 2, 1));
				}
			}
			previous = row.group();
			for (Integer value : this.figures.get(row)) {
				cells.add(Cell.of((value == null) ? "" : value.toString()));
			}
			rows.add(cells);
		}
		return rows;
	}

	private List<List<Cell>> tableFour() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(new Cell("行政复议", 5, 1), new Cell("行政诉讼", 10, 1)));
		List<Cell> second = new ArrayList<>();
		for (String label : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
			second.add(new Cell(label, 1, 2));
		}
		second.add(new Cell("未经复议直接起诉", 5, 1));
		second.add(new Cell("复议后起诉", 5, 1));
		rows.add(second);
		List<Cell> third = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			for (String label : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
				third.add(Cell.of(label));
			}
		}
		rows.add(third);
		List<Cell> values = new ArrayList<>();
		for (Integer value : this.appeals) {
			values.add(Cell.of(String.valueOf(value)));
		}
		rows.add(values);
		return rows;
	}

	private String title() {
		return this.agency + this.year + "年政府信息公开工作年度报告";
	}

	/**
	 * The page as a site publishes it: header, navigation, crumbs and footer around the
	 * report; numbers split over spans, some in full-width digits; blank cells as Word's
	 * {@code <o:p>}.
	 */
	String html(boolean chrome) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>").append(title());
		html.append("_南阳市卧龙区人民政府</title><style>td{border:1px solid #000;padding:5px}</style></head><body>");
		if (chrome) {
			html.append("<header><div>南阳市卧龙区人民政府</div><nav><a href=\"/\">首页</a> <a href=\"/x\">政务公开</a>")
				.append(" <a href=\"/y\">2024年工作报告</a></nav></header>")
				.append("<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>")
				.append("<script>var total = 12345; document.write('2022年政府信息公开工作年度报告');</script>");
		}
		html.append("<h1>").append(title()).append("</h1>");
		html.append("<div class=\"content\">");
		for (int section = 1; section <= 6; section++) {
			html.append("<p><strong>").append(ReportRules.numeral(section)).append('、');
			html.append(ReportSection.HEADINGS.get(section - 1)).append("</strong></p>");
			for (String paragraph : paragraphs(section)) {
				html.append("<p><span style=\"color:#333\">").append(paragraph).append("</span></p>");
			}
			List<List<Cell>> table = switch (section) {
				case 2 -> tableTwo();
				case 3 -> tableThree();
				case 4 -> tableFour();
				default -> null;
			};
			if (table != null) {
				htmlTable(table, chrome, html);
			}
		}
		html.append("</div>");
		if (chrome) {
			html.append("<footer>主办：南阳市卧龙区人民政府办公室 联系电话：0377-12345678 版权所有 2024</footer>");
		}
		return html.append("</body></html>").toString();
	}

	private static void htmlTable(List<List<Cell>> rows, boolean messy, StringBuilder html) {
		html.append("<table border=\"1\" cellspacing=\"0\"><tbody>");
		int n = 0;
		for (List<Cell> row : rows) {
			html.append("<tr>");
			for (Cell cell : row) {
				html.append("<td");
				if (cell.colspan() > 1) {
					html.append(" colspan=\"").append(cell.colspan()).append('"');
				}
				if (cell.rowspan() > 1) {
					html.append(" rowspan=\"").append(cell.rowspan()).append('"');
				}
				html.append('>');
				String text = cell.text();
				if (messy && text.matches("\\d{2,}")) {
					html.append("<p><span>").append(text, 0, 1).append("</span><font>").append(text.substring(1));
					html.append("</font></p>");
				}
				else if (messy && text.matches("\\d") && (n++ % 3 == 0)) {
					html.append("<p><b>").append((char) ('０' + (text.charAt(0) - '0'))).append("</b></p>");
				}
				else if (messy && text.isEmpty()) {
					html.append("<p><span>&#160;</span></p>");
				}
				else {
					html.append(text);
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	/** The report as a Word document, tables with horizontal and vertical merges. */
	byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(title());
			for (int section = 1; section <= 6; section++) {
				document.createParagraph()
					.createRun()
					.setText(ReportRules.numeral(section) + "、" + ReportSection.HEADINGS.get(section - 1));
				for (String paragraph : paragraphs(section)) {
					document.createParagraph().createRun().setText(paragraph);
				}
				List<List<Cell>> table = switch (section) {
					case 2 -> tableTwo();
					case 3 -> tableThree();
					case 4 -> tableFour();
					default -> null;
				};
				if (table != null) {
					docxTable(document, table);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void docxTable(XWPFDocument document, List<List<Cell>> rows) {
		int width = rows.get(0).stream().mapToInt(Cell::colspan).sum();
		XWPFTable table = document.createTable();
		Map<Integer, int[]> covered = new HashMap<>();
		boolean first = true;
		for (List<Cell> row : rows) {
			XWPFTableRow tableRow = first ? table.getRow(0) : table.createRow();
			while (tableRow.getTableCells().size() > 0) {
				tableRow.removeCell(0);
			}
			first = false;
			int column = 0;
			int index = 0;
			while (column < width) {
				int[] cover = covered.get(column);
				if (cover != null && cover[0] > 0) {
					cover[0]--;
					XWPFTableCell cell = tableRow.addNewTableCell();
					CTTcPr properties = cell.getCTTc().addNewTcPr();
					properties.addNewVMerge().setVal(STMerge.CONTINUE);
					if (cover[1] > 1) {
						properties.addNewGridSpan().setVal(BigInteger.valueOf(cover[1]));
					}
					column += cover[1];
					continue;
				}
				if (index >= row.size()) {
					break;
				}
				Cell source = row.get(index++);
				XWPFTableCell cell = tableRow.addNewTableCell();
				cell.setText(source.text());
				CTTcPr properties = cell.getCTTc().addNewTcPr();
				if (source.colspan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(source.colspan()));
				}
				if (source.rowspan() > 1) {
					properties.addNewVMerge().setVal(STMerge.RESTART);
					covered.put(column, new int[] { source.rowspan() - 1, source.colspan() });
				}
				column += source.colspan();
			}
		}
	}

	/**
	 * The report as a PDF, rendered from the clean HTML by openhtmltopdf with a CJK font.
	 */
	byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TrueTypeCollection collection = new TrueTypeCollection(FONT);
			TrueTypeFont[] font = new TrueTypeFont[1];
			collection.processAllFonts(each -> {
				if (font[0] == null) {
					font[0] = each;
				}
			});
			PDType0Font type0 = PDType0Font.load(document, font[0], true);
			String html = html(false).replace("<!DOCTYPE html>", "").replace("td{", "body{font-family:'wqy'} td{");
			new PdfRendererBuilder().usePDDocument(document)
				.useFont(new PDFontSupplier(type0), "wqy")
				.withHtmlContent(html, null)
				.toStream(out)
				.run();
			return out.toByteArray();
		}
	}

}
