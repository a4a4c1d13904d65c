package org.gongkai.reports;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * Published when a version of an agency's annual report changed state or text: started,
 * edited, submitted, returned, signed off, published, corrected.
 *
 * @param detail what happened, in Chinese
 * @param detailCode the message key of {@code detail} under {@code history.annualReport.}
 * (the year and version are its first two arguments)
 * @param detailArgs the further arguments of {@code detailCode}
 */
public record AnnualReportChanged(Long agencyId, String actor, int year, int versionNo, String step, String detail,
		String detailCode, List<Object> detailArgs) implements AuditableEvent {

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

	@Override
	public String summaryCode() {
		return "history.annualReport." + detailCode;
	}

	@Override
	public List<Object> summaryArgs() {
		List<Object> args = new ArrayList<>(List.of(year, versionNo));
		args.addAll(detailArgs);
		return args;
	}

}
