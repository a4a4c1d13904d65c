package org.gongkai.reports;

import org.gongkai.shared.AuditableEvent;

/**
 * Published when a version of an agency's annual report changed state or text: started,
 * edited, submitted, returned, signed off, published, corrected.
 */
public record AnnualReportChanged(Long agencyId, String actor, int year, int versionNo, String step,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "annual-report." + step;
	}

	@Override
	public String subjectType() {
		return "annual-report";
	}

	@Override
	public String subjectId() {
		return agencyId + ":" + year + ":v" + versionNo;
	}

	@Override
	public String summary() {
		return year + " 年度报告第 " + versionNo + " 版：" + detail;
	}

}
