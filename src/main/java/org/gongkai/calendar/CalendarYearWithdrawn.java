package org.gongkai.calendar;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An administrator withdrew the loaded notice of a year: the shipped notice applies
 * again, or none.
 *
 * @param actor who withdrew it
 * @param year the notice year
 * @param shipped whether a shipped notice applies again (else the year has none)
 */
@NamedInterface("api")
public record CalendarYearWithdrawn(String actor, int year, boolean shipped) implements CalendarYearEvent {

	@Override
	public String action() {
		return "calendar.year-withdrawn";
	}

	@Override
	public String summary() {
		return year + " 年撤回管理员载入的节假日安排，" + (shipped ? "恢复使用内置数据" : "该年暂无节假日安排");
	}

	@Override
	public String summaryCode() {
		return shipped ? "history.calendar.withdrawnToShipped" : "history.calendar.withdrawnToNone";
	}

	@Override
	public List<Object> summaryArgs() {
		return List.of(year);
	}

}
