package org.gongkai.disclosure;

import org.gongkai.shared.AuditableEvent;

/**
 * Published when an agency's yearly figures of table 二 or its channel counts were entered
 * by form or imported; the summary names the source and the figures.
 */
public record YearlyFiguresRecorded(Long agencyId, String actor, int year, String source,
		String figures) implements AuditableEvent {

	@Override
	public String action() {
		return "disclosure.figures-recorded";
	}

	@Override
	public String subjectType() {
		return "disclosure-figures";
	}

	@Override
	public String subjectId() {
		return agencyId + ":" + year;
	}

	@Override
	public String summary() {
		return year + " 年（来源：" + source + "）" + figures;
	}

}
