package org.gongkai.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A published report reduced to what every reader can give: lines of text in reading
 * order, each a paragraph (one cell) or a table row (several cells). In a row, a cell
 * covered by another cell's rowspan or colspan is {@code null}; an empty real cell is the
 * empty string.
 */
record ReportDocument(String title, List<Line> lines) {

	/** One paragraph or table row. */
	record Line(List<String> cells, boolean tableRow) {

		static Line text(String text) {
			return new Line(List.of(text), false);
		}

		static Line row(List<String> cells) {
			return new Line(Collections.unmodifiableList(new ArrayList<>(cells)), true);
		}

		String joined() {
			if (this.cells.size() == 1) {
				String only = this.cells.get(0);
				return (only != null) ? only : "";
			}
			StringBuilder text = new StringBuilder();
			for (String cell : this.cells) {
				if (cell != null && !cell.isEmpty()) {
					text.append(text.isEmpty() ? "" : "\t").append(cell);
				}
			}
			return text.toString();
		}

	}

	private static final Pattern SPACED = Pattern.compile("\\S( {2,}|\u3000+)\\S");

	private static final Pattern SPACES = Pattern.compile(" {2,}|\u3000+");

	/**
	 * Reads plain text: a line with a tab is a table row split at the tabs; a short line
	 * with runs of two or more spaces is a row split at those runs.
	 */
	static ReportDocument ofText(String text) {
		List<Line> lines = new ArrayList<>();
		for (String line : lines(text)) {
			if (line.indexOf('\t') >= 0) {
				lines.add(Line.row(List.of(line.split("\t", -1))));
			}
			else if (line.length() < 120 && (line.contains("  ") || line.indexOf('\u3000') >= 0)
					&& SPACED.matcher(line.strip()).find()) {
				lines.add(Line.row(List.of(SPACES.split(line.strip(), -1))));
			}
			else {
				lines.add(Line.text(line));
			}
		}
		return new ReportDocument(null, lines);
	}

	/**
	 * The text split at line breaks (CR LF, LF or CR) as {@code Pattern.split} has it:
	 * trailing empty lines dropped, the whole text when it has no break.
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (lines.isEmpty()) {
			return List.of(text);
		}
		lines.add(text.substring(start));
		int size = lines.size();
		while (size > 0 && lines.get(size - 1).isEmpty()) {
			size--;
		}
		return lines.subList(0, size);
	}

	boolean isEmpty() {
		return this.lines.stream().allMatch(line -> line.joined().isBlank());
	}

}
