package org.gongkai.reports;

import java.util.Arrays;

/**
 * The few figures of one agency's report for one year that the cross-year rules compare
 * (R-4, R-7's plausibility, year-on-year jumps); small enough to keep for thousands of
 * reports while a directory is checked.
 *
 * @param agency the agency as named in the title
 * @param year the reporting year
 * @param carriedOver row 二、上年结转 of table 三, per column
 * @param carriedForward row 四、结转下年度继续办理 of table 三, per column
 * @param normativeIssued 行政规范性文件 本年制发件数
 * @param normativeRepealed 行政规范性文件 本年废止件数
 * @param normativeInForce 行政规范性文件 现行有效件数
 * @param newlyReceived 一、本年新收 总计
 * @param reconsiderations 行政复议 总计
 */
public record YearFigures(String agency, int year, Integer[] carriedOver, Integer[] carriedForward,
		Integer normativeIssued, Integer normativeRepealed, Integer normativeInForce, Integer newlyReceived,
		Integer reconsiderations) {

	/** The figures of a report, or {@code null} when it names no agency or year. */
	public static YearFigures of(AnnualReport report) {
		if (report.agency() == null || report.year() == null) {
			return null;
		}
		ActiveDisclosure.DocumentCounts normative = report.activeDisclosure().normativeDocuments();
		boolean documentsComparable = report.format() == TemplateFormat.F2021;
		return new YearFigures(report.agency(), report.year(),
				Arrays.copyOf(report.applications[ApplicationRow.CARRIED_OVER.ordinal()],
						ApplicantColumn.values().length),
				Arrays.copyOf(report.applications[ApplicationRow.CARRIED_FORWARD.ordinal()],
						ApplicantColumn.values().length),
				documentsComparable ? normative.issued() : null, documentsComparable ? normative.repealed() : null,
				documentsComparable ? normative.inForce() : null,
				report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL),
				report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL));
	}

}
