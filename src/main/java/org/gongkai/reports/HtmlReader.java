package org.gongkai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page: the site's chrome (scripts, navigation, header, footer, forms) is
 * dropped, paragraphs become lines, and each data table becomes rows on a grid where a
 * cell covered by a rowspan or colspan is {@code null}. A table that holds other tables
 * is layout, read as paragraphs. Text split over {@code <span>}/{@code <font>} tags joins
 * up, and Word's {@code <o:p>} blank cells are empty cells.
 */
final class HtmlReader {

	private static final int MAX_SPAN = 100;

	private HtmlReader() {
	}

	static ReportDocument read(byte[] content) throws UnreadableInput {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableInput("无法解析 HTML：" + ex.getMessage(), ex);
		}
		page.select("script, style, noscript, nav, header, footer, aside, form, iframe, select, button, template, svg")
			.remove();
		List<ReportDocument.Line> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		walk(page.body(), lines, line);
		flush(lines, line);
		return new ReportDocument(page.title(), lines);
	}

	private static void walk(Element element, List<ReportDocument.Line> lines, StringBuilder line) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				line.append(text.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
			}
			else if (child instanceof Element inner) {
				String tag = inner.normalName();
				if (tag.equals("table")) {
					flush(lines, line);
					if (inner.selectFirst("table table") != null || !inner.select("td table, th table").isEmpty()) {
						for (Element cell : inner
							.select("> tbody > tr > td, > tbody > tr > th, > tr > td, > tr > th")) {
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

	private static void flush(List<ReportDocument.Line> lines, StringBuilder line) {
		String text = line.toString().replace('\u00a0', ' ').strip();
		if (!text.isEmpty()) {
			lines.add(ReportDocument.Line.text(text));
		}
		line.setLength(0);
	}

	private static void table(Element table, List<ReportDocument.Line> lines) {
		Map<Integer, int[]> covered = new HashMap<>();
		Elements rows = table.select("tr");
		for (Element tr : rows) {
			List<String> cells = new ArrayList<>();
			int column = 0;
			for (Element td : tr.select("> td, > th")) {
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
		try {
			return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
