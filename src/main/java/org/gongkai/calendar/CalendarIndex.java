package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable, precomputed index of working days from 2000-01-01 to 2099-12-31, built
 * from the effective holiday notices. Every question costs O(1) in the number of working
 * days (or O(log n) in the declared days for listing them):
 * <ul>
 * <li>{@code ordinals[i]} is the number of working days from the first indexed day up to
 * and including day {@code i};</li>
 * <li>{@code workingDays[k]} is the day offset of the (k+1)th working day;</li>
 * <li>{@code unsettled[i]} counts the days before day {@code i} whose calendar is not
 * settled by a loaded notice.</li>
 * </ul>
 * A year without a loaded notice counts its predicted statutory holidays
 * ({@link StatutoryHolidays}) off. Outside the indexed range no notice can be loaded, so
 * days there follow the weekends-only rule and are answered in closed form: nothing falls
 * back to a day-by-day loop.
 */
final class CalendarIndex {

	/** The first indexed day. */
	static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	/** The last indexed day. */
	static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

	/**
	 * Notice years that may be loaded: each notice may reach into December of the year
	 * before.
	 */
	static final int FIRST_NOTICE_YEAR = FIRST_DAY.getYear() + 1;

	static final int LAST_NOTICE_YEAR = LAST_DAY.getYear();

	/**
	 * From this day of December a date also depends on the next year's notice: 元旦
	 * arrangements have reached back to 29 December (2018-12-29 调休上班) and 31 December
	 * (2022-12-31 休).
	 */
	static final int NEXT_NOTICE_REACHES_BACK_TO_DAY = 25;

	private static final long BASE = FIRST_DAY.toEpochDay();

	private static final long END = LAST_DAY.toEpochDay();

	private static final int SIZE = (int) (END - BASE + 1);

	private final int[] ordinals;

	private final int[] workingDays;

	private final int[] unsettled;

	private final int[] declaredOffsets;

	private final DeclaredDay[] declared;

	private final Map<Integer, HolidayNotice> notices;

	private final Set<Integer> knownYears;

	private CalendarIndex(Map<Integer, HolidayNotice> notices) {
		this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
		TreeSet<Integer> known = new TreeSet<>();
		notices.forEach((year, notice) -> {
			if (!notice.isEmpty()) {
				known.add(year);
			}
		});
		this.knownYears = Collections.unmodifiableSet(known);

		// A year without a notice gets its predicted statutory holidays; any notice wins
		// over
		// a prediction, and a later notice wins for a date that two notices mention (the
		// next year's 元旦 may revise late December).
		TreeMap<Long, DeclaredDay> byDay = new TreeMap<>();
		for (int year = FIRST_DAY.getYear(); year <= LAST_DAY.getYear(); year++) {
			if (!known.contains(year)) {
				for (DeclaredDay day : StatutoryHolidays.of(year)) {
					byDay.put(day.date().toEpochDay(), day);
				}
			}
		}
		for (HolidayNotice notice : this.notices.values()) {
			for (DeclaredDay day : notice.days()) {
				long epoch = day.date().toEpochDay();
				if (epoch >= BASE && epoch <= END) {
					byDay.put(epoch, day);
				}
			}
		}
		this.declaredOffsets = new int[byDay.size()];
		this.declared = new DeclaredDay[byDay.size()];
		int d = 0;
		for (Map.Entry<Long, DeclaredDay> entry : byDay.entrySet()) {
			declaredOffsets[d] = (int) (entry.getKey() - BASE);
			declared[d++] = entry.getValue();
		}

		this.ordinals = new int[SIZE];
		this.unsettled = new int[SIZE + 1];
		int[] working = new int[SIZE];
		int count = 0;
		int next = 0;
		LocalDate date = FIRST_DAY;
		for (int i = 0; i < SIZE; i++, date = date.plusDays(1)) {
			boolean workingDay;
			if (next < declaredOffsets.length && declaredOffsets[next] == i) {
				workingDay = !declared[next++].offDay();
			}
			else {
				workingDay = isWeekday(BASE + i);
			}
			if (workingDay) {
				working[count++] = i;
			}
			ordinals[i] = count;
			unsettled[i + 1] = unsettled[i] + (isSettled(date, known) ? 0 : 1);
		}
		this.workingDays = Arrays.copyOf(working, count);
	}

	/** Builds the index from the effective notice of each year (at most one per year). */
	static CalendarIndex of(Collection<HolidayNotice> notices) {
		Map<Integer, HolidayNotice> byYear = new TreeMap<>();
		for (HolidayNotice notice : notices) {
			if (notice.year() < FIRST_NOTICE_YEAR || notice.year() > LAST_NOTICE_YEAR) {
				throw new IllegalArgumentException("节假日安排年份超出支持范围：" + notice.year());
			}
			if (byYear.put(notice.year(), notice) != null) {
				throw new IllegalArgumentException("同一年份有两份节假日安排：" + notice.year());
			}
		}
		return new CalendarIndex(byYear);
	}

	private static boolean isSettled(LocalDate date, Set<Integer> known) {
		if (!known.contains(date.getYear())) {
			return false;
		}
		boolean lateDecember = date.getMonth() == Month.DECEMBER
				&& date.getDayOfMonth() >= NEXT_NOTICE_REACHES_BACK_TO_DAY;
		return !lateDecember || known.contains(date.getYear() + 1);
	}

	/** The effective notice of each loaded year, by year. */
	Map<Integer, HolidayNotice> notices() {
		return notices;
	}

	/** Years whose notice declares at least one day. */
	Set<Integer> knownYears() {
		return knownYears;
	}

	boolean isWorkingDay(long epochDay) {
		long i = epochDay - BASE;
		if (i < 0 || i >= SIZE) {
			return isWeekday(epochDay);
		}
		int at = (int) i;
		return ordinals[at] != (at == 0 ? 0 : ordinals[at - 1]);
	}

	/**
	 * The working-day ordinal of a day: the number of working days after the day before
	 * the index up to and including it (zero or negative before the index). Two ordinals
	 * subtract to a count of working days.
	 */
	long ordinal(long epochDay) {
		long i = epochDay - BASE;
		if (i >= 0 && i < SIZE) {
			return ordinals[(int) i];
		}
		if (i < 0) {
			return weekdayNumber(epochDay) - weekdayNumber(BASE - 1);
		}
		return workingDays.length + weekdayNumber(epochDay) - weekdayNumber(END);
	}

	/** The working day whose ordinal is {@code ordinal}. */
	long dayWithOrdinal(long ordinal) {
		if (ordinal >= 1 && ordinal <= workingDays.length) {
			return BASE + workingDays[(int) (ordinal - 1)];
		}
		if (ordinal < 1) {
			return weekdayWithNumber(weekdayNumber(BASE - 1) + ordinal);
		}
		return weekdayWithNumber(weekdayNumber(END) + ordinal - workingDays.length);
	}

	/**
	 * The {@code n}th working day after {@code epochDay} (which is not counted);
	 * {@code n = 0} gives the day itself.
	 */
	long plusWorkingDays(long epochDay, long n) {
		return n == 0 ? epochDay : dayWithOrdinal(ordinal(epochDay) + n);
	}

	/**
	 * Working days after {@code startExclusive} up to and including {@code endInclusive};
	 * 0 if the span is empty.
	 */
	long countBetween(long startExclusive, long endInclusive) {
		return endInclusive <= startExclusive ? 0 : ordinal(endInclusive) - ordinal(startExclusive);
	}

	/**
	 * Whether any day from {@code from} to {@code to} (inclusive) lacks a settled
	 * calendar.
	 */
	boolean isProvisional(long from, long to) {
		if (to < from) {
			return false;
		}
		if (from < BASE || to > END) {
			return true;
		}
		return unsettled[(int) (to - BASE) + 1] - unsettled[(int) (from - BASE)] > 0;
	}

	/**
	 * Declared days after {@code startExclusive} up to and including
	 * {@code endInclusive}, in date order.
	 */
	List<DeclaredDay> declaredBetween(long startExclusive, long endInclusive) {
		long lo = Math.max(startExclusive + 1, BASE);
		long hi = Math.min(endInclusive, END);
		if (hi < lo) {
			return List.of();
		}
		int first = lowerBound((int) (lo - BASE));
		List<DeclaredDay> result = new ArrayList<>();
		for (int d = first; d < declaredOffsets.length && declaredOffsets[d] <= hi - BASE; d++) {
			result.add(declared[d]);
		}
		return result;
	}

	private int lowerBound(int offset) {
		int lo = 0;
		int hi = declaredOffsets.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (declaredOffsets[mid] < offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	static boolean isWeekday(long epochDay) {
		// 1970-01-01 (epoch day 0) was a Thursday; shifting by 3 puts Monday at 0 modulo
		// 7.
		return Math.floorMod(epochDay + 3, 7) < 5;
	}

	/**
	 * The number of Monday-to-Friday days up to and including {@code epochDay}, counted
	 * from a fixed Monday.
	 */
	static long weekdayNumber(long epochDay) {
		long shifted = epochDay + 3;
		return 5 * Math.floorDiv(shifted, 7) + Math.min(Math.floorMod(shifted, 7) + 1, 5);
	}

	/** The weekday whose {@link #weekdayNumber} is {@code number}. */
	static long weekdayWithNumber(long number) {
		return 7 * Math.floorDiv(number - 1, 5) + Math.floorMod(number - 1, 5) - 3;
	}

}
