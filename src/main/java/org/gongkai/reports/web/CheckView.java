package org.gongkai.reports.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.ApplicantColumn;
import org.gongkai.reports.ApplicationRow;
import org.gongkai.reports.CheckResult;
import org.gongkai.reports.Finding;
import org.gongkai.reports.Location;

/**
 * One checked file for the page: its findings, and table 三 with every cell a finding
 * names marked, the messages as the cell's title.
 */
record CheckView(String file, String agency, Integer year, String format, String error, long errors, long warnings,
		List<Finding> findings, List<RowView> rows) {

	/** A row of table 三 as shown. */
	record RowView(String label, String key, List<CellView> cells) {
	}

	/**
	 * A cell as shown: its value ({@code null} blank), whether a finding marks it and
	 * why.
	 */
	record CellView(Integer value, String mark, String title) {
	}

	static CheckView of(CheckResult result) {
		AnnualReport report = result.report();
		if (report == null) {
			return new CheckView(result.file(), null, null, null, result.error(), 0, 0, List.of(), List.of());
		}
		List<RowView> rows = new ArrayList<>();
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			List<CellView> cells = new ArrayList<>();
			for (ApplicantColumn column : ApplicantColumn.values()) {
				String mark = null;
				List<String> messages = new ArrayList<>();
				for (Finding finding : result.findings()) {
					if (names(finding.location(), row, column)) {
						messages.add(finding.rule() + " " + finding.message());
						mark = (finding.isError() || mark == null) ? finding.severity().code() : mark;
					}
				}
				cells.add(new CellView(report.application(row, column), mark, String.join("\n", messages)));
			}
			rows.add(new RowView(row.label(), row.key(), cells));
		}
		return new CheckView(result.file(), report.agency(), report.year(), report.format().code(), null,
				result.errorCount(), result.warningCount(), result.findings(), rows);
	}

	private static boolean names(Location location, ApplicationRow row, ApplicantColumn column) {
		if (!"三".equals(location.table()) || location.row() == null) {
			return false;
		}
		boolean rowMatches = location.row().equals(row.key()) || row.key().startsWith(location.row() + ".");
		return rowMatches
				&& (location.column() == null || List.of(location.column().split(",")).contains(column.key()));
	}

}
