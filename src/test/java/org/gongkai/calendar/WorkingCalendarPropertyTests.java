package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the working-day index that hold for any date and any number of days,
 * checked against a naive day-by-day loop over the declared days of the shipped notices
 * and, for the years without one, the predicted statutory holidays.
 */
class WorkingCalendarPropertyTests {

	static final WorkingCalendar calendar = WorkingCalendar.shipped();

	static final WorkingCalendar countingStartDay = Fixtures.calendarCountingStartDay();

	/**
	 * Every declared day of the shipped notices, later notices winning, read without the
	 * index.
	 */
	static final Map<LocalDate, Boolean> declared = new HashMap<>();

	static {
		// A year without a notice keeps its predicted statutory holidays off (issue 11
		// item 4).
		for (int year = 2000; year <= 2099; year++) {
			if (!calendar.isKnownYear(year)) {
				for (DeclaredDay day : StatutoryHolidays.of(year)) {
					declared.put(day.date(), false);
				}
			}
		}
		for (HolidayNotice notice : ShippedNotices.all()) {
			for (DeclaredDay day : notice.days()) {
				declared.put(day.date(), !day.offDay());
			}
		}
	}

	static boolean naiveWorkingDay(LocalDate date) {
		Boolean working = declared.get(date);
		if (working != null) {
			return working;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	static LocalDate naiveAdd(LocalDate start, int n) {
		LocalDate day = start;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (naiveWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	static int naiveCount(LocalDate startExclusive, LocalDate endInclusive) {
		int count = 0;
		for (LocalDate day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
			if (naiveWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Provide
	Arbitrary<LocalDate> recentDates() {
		return Arbitraries.integers()
			.between((int) LocalDate.of(2018, 1, 1).toEpochDay(), (int) LocalDate.of(2029, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<LocalDate> anyDates() {
		return Arbitraries.integers()
			.between((int) LocalDate.of(1950, 1, 1).toEpochDay(), (int) LocalDate.of(2199, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Property
	void addingNThenCountingGivesNBack(@ForAll("anyDates") LocalDate start, @ForAll @IntRange(max = 400) int n) {
		assertThat(calendar.countWorkingDays(start, calendar.addWorkingDays(start, n))).isEqualTo(n);
	}

	@Property
	void aResultIsAlwaysAWorkingDay(@ForAll("anyDates") LocalDate start, @ForAll @IntRange(min = 1, max = 400) int n) {
		assertThat(calendar.isWorkingDay(calendar.addWorkingDays(start, n))).isTrue();
		assertThat(countingStartDay.isWorkingDay(countingStartDay.addWorkingDays(start, n))).isTrue();
	}

	@Property
	void theResultIsTheFirstDayReachingN(@ForAll("anyDates") LocalDate start,
			@ForAll @IntRange(min = 1, max = 400) int n) {
		LocalDate due = calendar.addWorkingDays(start, n);
		assertThat(calendar.countWorkingDays(start, due.minusDays(1))).isEqualTo(n - 1);
	}

	@Property
	void theIndexAgreesWithTheNaiveDayByDayLoop(@ForAll("recentDates") LocalDate start,
			@ForAll @IntRange(max = 400) int n) {
		assertThat(calendar.addWorkingDays(start, n)).isEqualTo(naiveAdd(start, n));
		assertThat(calendar.isWorkingDay(start)).isEqualTo(naiveWorkingDay(start));
		assertThat(countingStartDay.addWorkingDays(start, n))
			.isEqualTo(n == 0 ? start : naiveAdd(start.minusDays(1), n));
	}

	@Property
	void countsAgreeWithTheNaiveDayByDayLoop(@ForAll("anyDates") LocalDate start,
			@ForAll @IntRange(min = -30, max = 600) int span) {
		LocalDate end = start.plusDays(span);
		assertThat(calendar.countWorkingDays(start, end)).isEqualTo(naiveCount(start, end));
	}

	@Property
	void aSpanIsProvisionalExactlyWhenItMissesANoticeYear(@ForAll("recentDates") LocalDate from,
			@ForAll @IntRange(max = 500) int span) {
		LocalDate to = from.plusDays(span);
		assertThat(calendar.isProvisional(from, to)).isEqualTo(!calendar.missingYears(from, to).isEmpty());
	}

}
