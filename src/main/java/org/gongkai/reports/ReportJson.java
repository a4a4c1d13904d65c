package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes reports, findings and check results as JSON in the shape of docs/report-json.md,
 * keys in the documented order, without a JSON library so that the command line stays
 * light.
 */
public final class ReportJson {

	private ReportJson() {
	}

	/** A report in the interchange shape. */
	public static String report(AnnualReport report) {
		StringBuilder json = new StringBuilder();
		report(report, json);
		return json.toString();
	}

	/**
	 * One check result: {@code file}, {@code report} (or null), {@code findings} and
	 * {@code error}.
	 */
	public static String result(CheckResult result) {
		StringBuilder json = new StringBuilder();
		json.append("{\"file\":");
		string(result.file(), json);
		json.append(",\"report\":");
		if (result.report() == null) {
			json.append("null");
		}
		else {
			report(result.report(), json);
		}
		json.append(",\"findings\":[");
		boolean first = true;
		for (Finding finding : result.findings()) {
			json.append(first ? "" : ",");
			finding(finding, json);
			first = false;
		}
		json.append("],\"error\":");
		string(result.error(), json);
		return json.append('}').toString();
	}

	static void finding(Finding finding, StringBuilder json) {
		json.append("{\"rule\":");
		string(finding.rule(), json);
		json.append(",\"severity\":");
		string(finding.severity().code(), json);
		json.append(",\"location\":{\"table\":");
		string(finding.location().table(), json);
		json.append(",\"row\":");
		string(finding.location().row(), json);
		json.append(",\"column\":");
		string(finding.location().column(), json);
		json.append(",\"sentence\":");
		string(finding.location().sentence(), json);
		json.append("},\"message\":");
		string(finding.message(), json);
		json.append('}');
	}

	private static void report(AnnualReport report, StringBuilder json) {
		json.append("{\"agency\":");
		string(report.agency(), json);
		json.append(",\"year\":").append(report.year());
		json.append(",\"format\":");
		string(report.format().code(), json);
		ActiveDisclosure table = report.activeDisclosure();
		json.append(",\"activeDisclosure\":{\"regulations\":");
		counts(table.regulations(), json);
		json.append(",\"normativeDocuments\":");
		counts(table.normativeDocuments(), json);
		json.append(",\"licensing\":").append(table.licensing());
		json.append(",\"penalties\":").append(table.penalties());
		json.append(",\"coercion\":").append(table.coercion());
		json.append(",\"feesTenThousandYuan\":");
		BigDecimal fees = table.feesTenThousandYuan();
		string((fees == null) ? null : fees.toPlainString(), json);
		json.append("},\"applications\":{");
		String open = null;
		boolean firstTop = true;
		boolean firstInGroup = true;
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			int dot = row.key().indexOf('.');
			String rowGroup = (dot < 0) ? null : row.key().substring(0, dot);
			String name = (dot < 0) ? row.key() : row.key().substring(dot + 1);
			if (open != null && !open.equals(rowGroup)) {
				json.append('}');
				open = null;
			}
			if (rowGroup != null && open == null) {
				json.append(firstTop ? "" : ",");
				firstTop = false;
				string(rowGroup, json);
				json.append(":{");
				open = rowGroup;
				firstInGroup = true;
			}
			if (rowGroup == null) {
				json.append(firstTop ? "" : ",");
				firstTop = false;
			}
			else {
				json.append(firstInGroup ? "" : ",");
				firstInGroup = false;
			}
			string(name, json);
			json.append(":{");
			for (ApplicantColumn column : ApplicantColumn.values()) {
				json.append((column.ordinal() == 0) ? "" : ",");
				string(column.key(), json);
				json.append(':').append(report.application(row, column));
			}
			json.append('}');
		}
		if (open != null) {
			json.append('}');
		}
		json.append("},\"reviewAndLitigation\":{");
		for (AppealGroup appeal : AppealGroup.values()) {
			json.append((appeal.ordinal() == 0) ? "" : ",");
			string(appeal.key(), json);
			json.append(":{");
			for (AppealColumn column : AppealColumn.values()) {
				json.append((column.ordinal() == 0) ? "" : ",");
				string(column.key(), json);
				json.append(':').append(report.appeal(appeal, column));
			}
			json.append('}');
		}
		json.append('}');
		Map<String, List<String>> old = report.template2019Rows();
		if (!old.isEmpty()) {
			json.append(",\"template2019\":{");
			boolean firstRow = true;
			for (Map.Entry<String, List<String>> entry : report.template2019Rows.entrySet()) {
				json.append(firstRow ? "" : ",");
				firstRow = false;
				string(entry.getKey(), json);
				json.append(":[");
				for (int i = 0; i < entry.getValue().size(); i++) {
					json.append((i == 0) ? "" : ",");
					string(entry.getValue().get(i), json);
				}
				json.append(']');
			}
			json.append('}');
		}
		json.append('}');
	}

	private static void counts(ActiveDisclosure.DocumentCounts counts, StringBuilder json) {
		json.append("{\"issued\":")
			.append(counts.issued())
			.append(",\"repealed\":")
			.append(counts.repealed())
			.append(",\"inForce\":")
			.append(counts.inForce())
			.append('}');
	}

	static void string(String value, StringBuilder json) {
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append("\\u%04x".formatted((int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
