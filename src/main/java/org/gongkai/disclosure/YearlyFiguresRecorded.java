package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * Published when an agency's yearly figures of table 二 or its channel counts were entered
 * by form or imported; the summary names the source and the figures.
 */
public record YearlyFiguresRecorded(Long agencyId, String actor, int year, String source, int licensing, int penalties,
		int coercion, String fees, String channels) implements AuditableEvent {

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
		return year + " 年（来源：" + source + "）许可 " + licensing + "，处罚 " + penalties + "，强制 " + coercion + "，收费 " + fees
				+ " 万元，渠道 " + channels;
	}

	@Override
	public String summaryCode() {
		return "history.figures.recorded";
	}

	@Override
	public List<Object> summaryArgs() {
		return List.of(year, source, licensing, penalties, coercion, fees, channels);
	}

}
