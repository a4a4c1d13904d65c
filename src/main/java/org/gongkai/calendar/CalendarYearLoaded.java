package org.gongkai.calendar;

import org.springframework.modulith.NamedInterface;

/**
 * An administrator loaded a year's holiday notice (uploaded or entered); deadlines that
 * reach into that year are recomputed on their next reading.
 *
 * @param actor who loaded it
 * @param year the notice year
 * @param source upload or form
 * @param summary what changed, for the audit trail
 */
@NamedInterface("api")
public record CalendarYearLoaded(String actor, int year, NoticeSource source,
		String summary) implements CalendarYearEvent {

	@Override
	public String action() {
		return "calendar.year-loaded";
	}

}
