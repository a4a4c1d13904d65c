package org.gongkai.calendar;

import org.gongkai.shared.AuditableEvent;

/**
 * A change to one year's holiday notice, recorded in the audit trail against the year (no
 * agency: it applies to all).
 */
interface CalendarYearEvent extends AuditableEvent {

	/** The notice year changed. */
	int year();

	@Override
	default Long agencyId() {
		return null;
	}

	@Override
	default String subjectType() {
		return "calendar-year";
	}

	@Override
	default String subjectId() {
		return String.valueOf(year());
	}

}
