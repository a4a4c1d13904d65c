package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.modulith.NamedInterface;

/**
 * The working-day calendar of the People's Republic: Monday to Friday unless a State
 * Council notice declares the day off, plus every weekend day declared a make-up working
 * day (调休). In a year whose notice is not loaded, the statutory holidays of the
 * 全国年节及纪念日放假办法 are predicted ({@link StatutoryHolidays}; 调休 and make-up days cannot be)
 * and its days are reported as provisional; because every deadline is derived when it is
 * read, such a deadline is recomputed as soon as the year's notice is loaded.
 * <p>
 * Counting convention: a period "within N working days of" a day ends on the Nth working
 * day <em>after</em> it — the day of the triggering event is not counted (期间开始之日不计算在内).
 * The Regulations do not say so expressly (UNCONFIRMED), so
 * {@code gongkai.calendar.count-start-day=true} counts the start day as day 1 when it is
 * a working day. Every answer comes from a precomputed index and costs O(1) whatever the
 * number of days.
 * <p>
 * Thread-safe: the index is immutable and replaced whole when an administrator loads a
 * notice.
 */
@NamedInterface("api")
public final class WorkingCalendar {

	private volatile CalendarIndex index;

	private final boolean startDayCounted;

	WorkingCalendar(CalendarIndex index, boolean startDayCounted) {
		this.index = index;
		this.startDayCounted = startDayCounted;
	}

	/**
	 * A calendar of the notices shipped with Gongkai (holiday-cn, 2019 onwards) and the
	 * default convention, for tests and tools that run without the application; the
	 * application's bean also includes the notices administrators load.
	 */
	public static WorkingCalendar shipped() {
		return shipped(false);
	}

	/**
	 * The same, under either {@code count-start-day} convention.
	 * @param startDayCounted whether a period's start day counts as day 1
	 */
	public static WorkingCalendar shipped(boolean startDayCounted) {
		return new WorkingCalendar(CalendarIndex.of(ShippedNotices.all()), startDayCounted);
	}

	/** Replaces the notices the calendar knows, all at once. */
	void replace(Collection<HolidayNotice> notices) {
		this.index = CalendarIndex.of(notices);
	}

	/**
	 * Whether the start day of a period counts as its first day (see the class comment);
	 * {@code false} by default.
	 */
	public boolean startDayCounted() {
		return startDayCounted;
	}

	/** Whether {@code date} is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		return index.isWorkingDay(date.toEpochDay());
	}

	/**
	 * Whether the official calendar of {@code year} is loaded; otherwise its days are
	 * provisional.
	 */
	public boolean isKnownYear(int year) {
		return index.knownYears().contains(year);
	}

	/** The years whose notice is loaded, in order. */
	public Set<Integer> knownYears() {
		return index.knownYears();
	}

	/**
	 * The effective notice of {@code year}: the one loaded by an administrator, else the
	 * shipped one.
	 */
	public Optional<HolidayNotice> notice(int year) {
		return Optional.ofNullable(index.notices().get(year)).filter(notice -> !notice.isEmpty());
	}

	/** Every effective notice by year. */
	public Map<Integer, HolidayNotice> notices() {
		return index.notices();
	}

	/**
	 * The day a period of {@code n} working days starting on {@code start} ends: by
	 * default the {@code n}th working day after {@code start}, which is not counted; with
	 * {@code count-start-day} the start day counts as day 1 when it is a working day.
	 * {@code n = 0} gives {@code start}.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		checkNotNegative(n);
		if (n == 0) {
			return start;
		}
		long from = start.toEpochDay() - (startDayCounted ? 1 : 0);
		return LocalDate.ofEpochDay(index.plusWorkingDays(from, n));
	}

	/**
	 * The {@code n}th working day after {@code start}, never counting {@code start}
	 * whatever the convention: for periods that by their own words begin on the next day,
	 * such as the fee payment term "收到收费通知次日起20个工作日".
	 */
	public LocalDate nthWorkingDayAfter(LocalDate start, int n) {
		checkNotNegative(n);
		return LocalDate.ofEpochDay(index.plusWorkingDays(start.toEpochDay(), n));
	}

	/**
	 * {@code day} if it is a working day, else the first working day after it: where a
	 * term counted in calendar days ends on a day off (民事诉讼法 on 期间).
	 */
	public LocalDate firstWorkingDayFrom(LocalDate day) {
		return nthWorkingDayAfter(day.minusDays(1), 1);
	}

	/**
	 * The number of working days after {@code startExclusive} up to and including
	 * {@code endInclusive}; 0 if none.
	 */
	public int countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
		return Math.toIntExact(index.countBetween(startExclusive.toEpochDay(), endInclusive.toEpochDay()));
	}

	/**
	 * Whether any day from {@code from} to {@code to} (inclusive) lies where the official
	 * calendar is not settled: a year without a loaded notice, or the last days of
	 * December before the next year's notice (元旦 arrangements reach back into December).
	 */
	public boolean isProvisional(LocalDate from, LocalDate to) {
		return index.isProvisional(from.toEpochDay(), to.toEpochDay());
	}

	/**
	 * The declared holidays and make-up days after {@code startExclusive} up to and
	 * including {@code endInclusive}.
	 */
	public List<DeclaredDay> declaredBetween(LocalDate startExclusive, LocalDate endInclusive) {
		return index.declaredBetween(startExclusive.toEpochDay(), endInclusive.toEpochDay());
	}

	/**
	 * A period of {@code workingDays} starting on {@code from}, explained: its last day,
	 * whether that day is provisional, and the holidays and make-up days it crossed.
	 */
	public Deadline deadline(LocalDate from, int workingDays) {
		LocalDate due = addWorkingDays(from, workingDays);
		LocalDate firstCounted = startDayCounted ? from : from.plusDays(1);
		List<Integer> missing = due.isBefore(firstCounted) ? List.of() : missingYears(firstCounted, due);
		return new Deadline(from, workingDays, due, !missing.isEmpty(), missing, startDayCounted,
				declaredBetween(firstCounted.minusDays(1), due));
	}

	/**
	 * The notice years that are missing for the days from {@code from} to {@code to}
	 * (inclusive) to be settled: the years themselves, and the next year when the span
	 * reaches the last days of December. Empty exactly when {@link #isProvisional} is
	 * {@code false}.
	 */
	public List<Integer> missingYears(LocalDate from, LocalDate to) {
		TreeSet<Integer> missing = new TreeSet<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!isKnownYear(year)) {
				missing.add(year);
			}
			if (!to.isBefore(LocalDate.of(year, 12, CalendarIndex.NEXT_NOTICE_REACHES_BACK_TO_DAY))
					&& !isKnownYear(year + 1)) {
				missing.add(year + 1);
			}
		}
		return List.copyOf(missing);
	}

	private static void checkNotNegative(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("工作日数不能为负数：" + n);
		}
	}

}
