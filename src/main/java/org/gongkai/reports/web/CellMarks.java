package org.gongkai.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.reports.AnnualReportDocuments.CellKey;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.Finding;
import org.gongkai.reports.ReportCompiler;
import org.gongkai.reports.Severity;

/**
 * What a page prints beside one cell of tables 二, 三 and 四: the CSS class of the worst
 * finding on it ({@code cell-error}, {@code cell-warning} or none), the rule ids, and the
 * messages (with the recorded reason of a warning where the page shows reasons).
 *
 * @param css the class of the cell, empty without finding
 * @param rules the rule ids, space-separated, empty without finding
 * @param note the messages of the findings, for the title of the cell
 * @param reasons the recorded reasons of its warnings, empty where none is shown
 */
record CellMarks(String css, String rules, String note, String reasons) {

	static final CellMarks NONE = new CellMarks("", "", "", "");

	/**
	 * The marks of each cell of a printed table, aligned with its rows.
	 * @param table {@code 二}, {@code 三} or {@code 四}
	 * @param keys the keys of the printed cells (AnnualReportDocuments)
	 * @param reasons the recorded reasons by warning key, or {@code null} not to show
	 * them
	 */
	static List<List<CellMarks>> of(ReportCompiler.Compiled compiled, String table, List<List<CellKey>> keys,
			Map<String, String> reasons) {
		List<List<CellMarks>> rows = new ArrayList<>();
		for (List<CellKey> row : keys) {
			List<CellMarks> marks = new ArrayList<>();
			for (CellKey key : row) {
				marks.add((key == null) ? NONE : of(compiled.at(table, key.row(), key.column()), reasons));
			}
			rows.add(marks);
		}
		return rows;
	}

	private static CellMarks of(List<Finding> findings, Map<String, String> reasons) {
		if (findings.isEmpty()) {
			return NONE;
		}
		boolean error = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
		List<String> rules = findings.stream().map(Finding::rule).distinct().toList();
		List<String> notes = new ArrayList<>();
		List<String> recorded = new ArrayList<>();
		for (Finding finding : findings) {
			notes.add(finding.rule() + " " + finding.message());
			String reason = (reasons == null || finding.isError()) ? null
					: reasons.get(AnnualReports.warningKey(finding));
			if (reason != null) {
				recorded.add(reason);
			}
		}
		return new CellMarks(error ? "cell-error" : "cell-warning", String.join(" ", rules), String.join("；", notes),
				String.join("；", recorded));
	}

	/** The inline style of the class, for pages without the console's style sheet. */
	public String style() {
		return switch (this.css) {
			case "cell-error" -> "background:#fdd";
			case "cell-warning" -> "background:#ffe9b3";
			default -> "";
		};
	}

}
