package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a version of a report was signed off with, as lines of {@code key=value}:
 * every cell of tables 二, 三 and 四 and every live field of the text. What is published is
 * read from it, so that a later change of the records never changes a published report (a
 * correction does, as a new version).
 */
final class ReportSnapshot {

	private ReportSnapshot() {
	}

	/** A report's tables and fields as read back. */
	record Read(AnnualReport report, Map<String, String> fields) {
	}

	static String write(AnnualReport report, Map<String, String> fields) {
		StringBuilder lines = new StringBuilder();
		line(lines, "format", report.format().code());
		ActiveDisclosure table = report.activeDisclosure();
		counts(lines, "d.regulations", table.regulations());
		counts(lines, "d.normativeDocuments", table.normativeDocuments());
		line(lines, "d.licensing", table.licensing());
		line(lines, "d.penalties", table.penalties());
		line(lines, "d.coercion", table.coercion());
		line(lines, "d.fees",
				(table.feesTenThousandYuan() == null) ? null : table.feesTenThousandYuan().toPlainString());
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				line(lines, "a." + row.name() + "." + column.name(), report.application(row, column));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				line(lines, "r." + group.name() + "." + column.name(), report.appeal(group, column));
			}
		}
		fields.forEach((key, value) -> line(lines, "f." + key, value));
		return lines.toString();
	}

	static Read read(String snapshot, String agency, int year) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : snapshot.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq), line.substring(eq + 1).replace("\\n", "\n"));
			}
		}
		TemplateFormat format = "2019".equals(values.get("format")) ? TemplateFormat.F2019 : TemplateFormat.F2021;
		AnnualReport report = AnnualReport.blank(agency, year, format);
		ActiveDisclosure table = report.activeDisclosure;
		table.regulations.set(number(values, "d.regulations.issued"), number(values, "d.regulations.repealed"),
				number(values, "d.regulations.inForce"));
		table.normativeDocuments.set(number(values, "d.normativeDocuments.issued"),
				number(values, "d.normativeDocuments.repealed"), number(values, "d.normativeDocuments.inForce"));
		table.licensing = number(values, "d.licensing");
		table.penalties = number(values, "d.penalties");
		table.coercion = number(values, "d.coercion");
		String fees = values.get("d.fees");
		table.feesTenThousandYuan = (fees == null || fees.isEmpty()) ? null : new BigDecimal(fees);
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				report.setApplication(row, column, number(values, "a." + row.name() + "." + column.name()));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				report.setAppeal(group, column, number(values, "r." + group.name() + "." + column.name()));
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith("f.")) {
				fields.put(key.substring(2), value);
			}
		});
		return new Read(report, fields);
	}

	private static void counts(StringBuilder lines, String prefix, ActiveDisclosure.DocumentCounts counts) {
		line(lines, prefix + ".issued", counts.issued());
		line(lines, prefix + ".repealed", counts.repealed());
		line(lines, prefix + ".inForce", counts.inForce());
	}

	private static void line(StringBuilder lines, String key, Object value) {
		lines.append(key).append('=').append((value == null) ? "" : value.toString().replace("\n", "\\n")).append('\n');
	}

	private static Integer number(Map<String, String> values, String key) {
		String value = values.get(key);
		return (value == null || value.isEmpty()) ? null : Integer.valueOf(value);
	}

}
