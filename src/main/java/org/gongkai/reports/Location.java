package org.gongkai.reports;

/**
 * Where a finding is: a cell or row of a table (table {@code 二}, {@code 三} or {@code 四}
 * with JSON row and column keys), a section, or a sentence of the text. Absent parts are
 * {@code null}.
 *
 * @param table {@code 二}, {@code 三}, {@code 四}, or {@code null} for the text
 * @param row the JSON row key, such as {@code withheld.stateSecret}
 * @param column the JSON column key, such as {@code naturalPerson}
 * @param sentence the sentence or heading of the text the finding is about
 */
public record Location(String table, String row, String column, String sentence) {

	/** The whole report. */
	public static Location report() {
		return new Location(null, null, null, null);
	}

	/** A cell of a table. */
	public static Location cell(String table, String row, String column) {
		return new Location(table, row, column, null);
	}

	/** A row of a table. */
	public static Location row(String table, String row) {
		return new Location(table, row, null, null);
	}

	/** A sentence or heading of the text. */
	public static Location sentence(String sentence) {
		return new Location(null, null, null, sentence);
	}

	/** The location in a line of text, as the command line prints it. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (this.table != null) {
			text.append("表").append(this.table);
		}
		if (this.row != null) {
			text.append(text.isEmpty() ? "" : " ").append(this.row);
		}
		if (this.column != null) {
			text.append('/').append(this.column);
		}
		if (this.sentence != null) {
			text.append(text.isEmpty() ? "" : " ").append('「').append(shortened(this.sentence)).append('」');
		}
		return text.isEmpty() ? "全文" : text.toString();
	}

	private static String shortened(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 60) + "…";
	}

}
