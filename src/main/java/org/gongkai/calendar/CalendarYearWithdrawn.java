package org.gongkai.calendar;

import org.gongkai.shared.AuditableEvent;

/**
 * An administrator withdrew the loaded notice of a year: the shipped notice applies again, or none.
 *
 * @param actor who withdrew it
 * @param year the notice year
 * @param summary what applies now, for the audit trail
 */
public record CalendarYearWithdrawn(String actor, int year, String summary) implements AuditableEvent {

	@Override
	public Long agencyId() {
		return null;
	}

	@Override
	public String action() {
		return "calendar.year-withdrawn";
	}

	@Override
	public String subjectType() {
		return "calendar-year";
	}

	@Override
	public String subjectId() {
		return String.valueOf(year);
	}

}
