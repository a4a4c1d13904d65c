package org.gongkai.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An annual report (政府信息公开工作年度报告) as data, in the shape of docs/report-json.md: agency,
 * year, template, table 二, table 三 (25 rows × 7 columns), table 四 (3 groups × 5 columns)
 * and the six sections of text. Every cell is a whole number or {@code null} where the
 * report leaves it blank or writes a placeholder; the compiler of the annual report fills
 * it from the records, the checker from a published document.
 */
public final class AnnualReport {

	private static final int ROWS = ApplicationRow.values().length;

	private static final int COLUMNS = ApplicantColumn.values().length;

	String agency;

	Integer year;

	TemplateFormat format = TemplateFormat.F2021;

	final ActiveDisclosure activeDisclosure = new ActiveDisclosure();

	final Integer[][] applications = new Integer[ROWS][COLUMNS];

	final Integer[][] appeals = new Integer[AppealGroup.values().length][AppealColumn.values().length];

	final List<ReportSection> sections = new ArrayList<>();

	/** Rows only the 2019 trial template has (table 二), by label, as printed. */
	final Map<String, List<String>> template2019Rows = new LinkedHashMap<>();

	/** A report with every cell blank. */
	public static AnnualReport blank(String agency, Integer year, TemplateFormat format) {
		AnnualReport report = new AnnualReport();
		report.agency = agency;
		report.year = year;
		report.format = format;
		return report;
	}

	/** The agency as named in the title, or {@code null} when it could not be found. */
	public String agency() {
		return this.agency;
	}

	/** The reporting year, or {@code null} when it could not be found. */
	public Integer year() {
		return this.year;
	}

	public TemplateFormat format() {
		return this.format;
	}

	/** Table 二. */
	public ActiveDisclosure activeDisclosure() {
		return this.activeDisclosure;
	}

	/** A cell of table 三, {@code null} when blank. */
	public Integer application(ApplicationRow row, ApplicantColumn column) {
		return this.applications[row.ordinal()][column.ordinal()];
	}

	/** Sets a cell of table 三 ({@code null} for blank). */
	public void setApplication(ApplicationRow row, ApplicantColumn column, Integer value) {
		this.applications[row.ordinal()][column.ordinal()] = value;
	}

	/** A cell of table 四, {@code null} when blank. */
	public Integer appeal(AppealGroup group, AppealColumn column) {
		return this.appeals[group.ordinal()][column.ordinal()];
	}

	/** Sets a cell of table 四 ({@code null} for blank). */
	public void setAppeal(AppealGroup group, AppealColumn column, Integer value) {
		this.appeals[group.ordinal()][column.ordinal()] = value;
	}

	/** The sections found, in the order printed. */
	public List<ReportSection> sections() {
		return List.copyOf(this.sections);
	}

	/** The section with the given number (1 to 6), if the report has it. */
	public ReportSection section(int number) {
		return this.sections.stream().filter(section -> section.number() == number).findFirst().orElse(null);
	}

	/** Rows of table 二 only the 2019 template has, by label. */
	public Map<String, List<String>> template2019Rows() {
		return Map.copyOf(this.template2019Rows);
	}

	/** Whether every cell of tables 二, 三 and 四 that is filled is zero. */
	public boolean allZero() {
		for (Integer[] row : this.applications) {
			for (Integer cell : row) {
				if (cell != null && cell != 0) {
					return false;
				}
			}
		}
		for (Integer[] row : this.appeals) {
			for (Integer cell : row) {
				if (cell != null && cell != 0) {
					return false;
				}
			}
		}
		ActiveDisclosure table = this.activeDisclosure;
		for (Integer cell : new Integer[] { table.regulations.issued, table.regulations.repealed,
				table.regulations.inForce, table.normativeDocuments.issued, table.normativeDocuments.repealed,
				table.normativeDocuments.inForce, table.licensing, table.penalties, table.coercion }) {
			if (cell != null && cell != 0) {
				return false;
			}
		}
		return table.feesTenThousandYuan == null || table.feesTenThousandYuan.signum() == 0;
	}

}
