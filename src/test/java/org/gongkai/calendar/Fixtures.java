package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendars, notices and clocks in the situations the calendar's tests need; no Spring.
 */
final class Fixtures {

	private Fixtures() {
	}

	/**
	 * The shipped notices 2019–2027 (2027 empty) under the default convention (start day
	 * not counted).
	 */
	static WorkingCalendar shippedCalendar() {
		return WorkingCalendar.shipped();
	}

	/** The shipped notices with the start day counted as day 1. */
	static WorkingCalendar calendarCountingStartDay() {
		return new WorkingCalendar(CalendarIndex.of(ShippedNotices.all()), true);
	}

	/**
	 * A calendar that knows the shipped notices and {@code extra}, as after an
	 * administrator loaded it.
	 */
	static WorkingCalendar calendarWith(HolidayNotice extra) {
		WorkingCalendar calendar = shippedCalendar();
		calendar.replace(CalendarRefresh.effective(ShippedNotices.all(), List.of(extra)));
		return calendar;
	}

	/**
	 * A made-up 2027 notice for tests (the real one is not yet published): 元旦 Friday
	 * 2027-01-01 off with the weekend, 春节 2027-02-06 to 2027-02-12 off with Sunday
	 * 2027-01-31 and Saturday 2027-02-13 worked.
	 */
	static HolidayNotice notice2027() {
		List<DeclaredDay> days = new ArrayList<>();
		days.add(new DeclaredDay(LocalDate.of(2027, 1, 1), "元旦", true));
		days.add(new DeclaredDay(LocalDate.of(2027, 1, 31), "春节", false));
		for (int d = 6; d <= 12; d++) {
			days.add(new DeclaredDay(LocalDate.of(2027, 2, d), "春节", true));
		}
		days.add(new DeclaredDay(LocalDate.of(2027, 2, 13), "春节", false));
		return new HolidayNotice(2027, List.of("https://www.gov.cn/zhengce/test-2027.htm"), days);
	}

	/** The same made-up 2027 notice as a holiday-cn JSON file. */
	static String notice2027Json() {
		return NoticeFormat.toJson(notice2027());
	}

	/**
	 * A statutory clock on the shipped calendar, fee notices stopping the reply period
	 * (the default).
	 */
	static DeadlineRules clock() {
		return new DeadlineRules(shippedCalendar());
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
