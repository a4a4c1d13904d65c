package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page: the site's chrome (scripts, navigation, header, footer, forms) is
 * dropped, paragraphs become lines, and each data table becomes rows on a grid where a
 * cell covered by a rowspan or colspan is {@code null}. A table that holds other tables
 * is layout, read as paragraphs. Text split over {@code <span>}/{@code <font>} tags joins
 * up, and Word's {@code <o:p>} blank cells are empty cells. The page is parsed from the
 * text {@link DocumentReaders} already decoded (UTF-8 or GB18030) unless it declares
 * another charset, and the selectors are parsed once.
 */
final class HtmlReader {

	private static final int MAX_SPAN = 100;

	private static final Evaluator CHROME = QueryParser
		.parse("script, style, noscript, nav, header, footer, aside, form, iframe, select, button, template, svg");

	/** Charsets the decoded text stands for (what DocumentReaders decodes, and ASCII). */
	private static final Set<String> DECODED = Set.of("utf-8", "utf8", "gb2312", "gbk", "gb18030", "x-gbk", "cp936",
			"us-ascii", "ascii", "iso-8859-1");

	private HtmlReader() {
	}

	/**
	 * Reads a page from its bytes and the text they decoded to; the bytes are parsed
	 * again only when the page declares a charset other than the one decoded.
	 */
	static ReportDocument read(byte[] content, String text) throws UnreadableInput {
		Document page;
		try {
			String declared = declaredCharset(text);
			page = (declared == null || DECODED.contains(declared)) ? Jsoup.parse(text)
					: Jsoup.parse(new ByteArrayInputStream(content), null, "");
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableInput("无法解析 HTML：" + ex.getMessage(), ex);
		}
		page.select(CHROME).remove();
		List<ReportDocument.Line> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		walk(page.body(), lines, line);
		flush(lines, line);
		return new ReportDocument(page.title(), lines);
	}

	/** The charset a page's head declares, lower case, or {@code null}. */
	static String declaredCharset(String text) {
		int limit = Math.min(text.length(), 4096);
		int at = DocumentReaders.indexOfIgnoreCase(text, "charset=", limit);
		if (at < 0) {
			return null;
		}
		int start = at + "charset=".length();
		while (start < limit && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
			start++;
		}
		int end = start;
		while (end < limit && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
				|| text.charAt(end) == '_')) {
			end++;
		}
		return (end > start) ? text.substring(start, end).toLowerCase(Locale.ROOT) : null;
	}

	private static void walk(Element element, List<ReportDocument.Line> lines, StringBuilder line) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				appendCollapsed(line, text.getWholeText());
			}
			else if (child instanceof Element inner) {
				String tag = inner.normalName();
				if (tag.equals("table")) {
					flush(lines, line);
					if (inner.getElementsByTag("table").size() > 1) {
						for (Element cell : cells(inner)) {
							walk(cell, lines, line);
							flush(lines, line);
						}
					}
					else {
						table(inner, lines);
					}
				}
				else if (tag.equals("br")) {
					flush(lines, line);
				}
				else if (inner.isBlock() || tag.equals("p") || tag.equals("li") || tag.startsWith("h")) {
					flush(lines, line);
					walk(inner, lines, line);
					flush(lines, line);
				}
				else {
					walk(inner, lines, line);
				}
			}
		}
	}

	/** Appends text with each run of line breaks and tabs as one space. */
	private static void appendCollapsed(StringBuilder line, String text) {
		boolean breaking = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\n' || c == '\t') {
				if (!breaking) {
					line.append(' ');
				}
				breaking = true;
			}
			else {
				line.append(c);
				breaking = false;
			}
		}
	}

	/** The cells of a layout table's own rows (not those of the tables it holds). */
	private static List<Element> cells(Element table) {
		List<Element> cells = new ArrayList<>();
		for (Element child : table.children()) {
			if (child.normalName().equals("tbody")) {
				for (Element row : child.children()) {
					rowCells(row, cells);
				}
			}
			else {
				rowCells(child, cells);
			}
		}
		return cells;
	}

	private static void rowCells(Element row, List<Element> cells) {
		if (row.normalName().equals("tr")) {
			for (Element cell : row.children()) {
				if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
					cells.add(cell);
				}
			}
		}
	}

	private static void flush(List<ReportDocument.Line> lines, StringBuilder line) {
		String text = line.toString().replace('\u00a0', ' ').strip();
		if (!text.isEmpty()) {
			lines.add(ReportDocument.Line.text(text));
		}
		line.setLength(0);
	}

	private static void table(Element table, List<ReportDocument.Line> lines) {
		Map<Integer, int[]> covered = new HashMap<>();
		for (Element tr : table.getElementsByTag("tr")) {
			List<String> cells = new ArrayList<>();
			int column = 0;
			for (Node child : tr.childNodes()) {
				// childNodes, not children: children() copies the list through a stream
				if (!(child instanceof Element td) || !(td.normalName().equals("td") || td.normalName().equals("th"))) {
					continue;
				}
				while (covered.containsKey(column) && covered.get(column)[0] > 0) {
					covered.get(column)[0]--;
					cells.add(null);
					column++;
				}
				int colspan = span(td.attr("colspan"));
				int rowspan = span(td.attr("rowspan"));
				cells.add(td.text().replace('\u00a0', ' ').strip());
				for (int i = 1; i < colspan; i++) {
					cells.add(null);
				}
				if (rowspan > 1) {
					for (int i = 0; i < colspan; i++) {
						covered.put(column + i, new int[] { rowspan - 1 });
					}
				}
				column += colspan;
			}
			while (covered.containsKey(column) && covered.get(column)[0] > 0) {
				covered.get(column)[0]--;
				cells.add(null);
				column++;
			}
			if (!cells.isEmpty()) {
				lines.add(ReportDocument.Line.row(cells));
			}
		}
	}

	private static int span(String value) {
		if (value.isEmpty()) {
			// most cells have no span: no exception to throw and catch
			return 1;
		}
		try {
			return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
