package org.gongkai.calendar;

import org.springframework.modulith.NamedInterface;

/**
 * An administrator withdrew the loaded notice of a year: the shipped notice applies
 * again, or none.
 *
 * @param actor who withdrew it
 * @param year the notice year
 * @param summary what applies now, for the audit trail
 */
@NamedInterface("api")
public record CalendarYearWithdrawn(String actor, int year, String summary) implements CalendarYearEvent {

	@Override
	public String action() {
		return "calendar.year-withdrawn";
	}

}
