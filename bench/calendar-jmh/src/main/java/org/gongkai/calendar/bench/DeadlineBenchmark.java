package org.gongkai.calendar.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.gongkai.calendar.DeclaredDay;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due-date computations per second on one thread: the calendar's precomputed index beside the naive day-by-day loop
 * of the first version (a hash map of declared days, one {@code plusDays} per calendar day), over the same 4,096
 * start dates drawn from 2019–2026 and the same number of working days.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeadlineBenchmark {

	private static final int MASK = 4095;

	@Param({ "20", "366" })
	int workingDays;

	WorkingCalendar calendar;

	Map<LocalDate, DeclaredDay> declared;

	LocalDate[] starts;

	int next;

	@Setup
	public void setUp() {
		calendar = WorkingCalendar.shipped();
		declared = new HashMap<>();
		for (HolidayNotice notice : calendar.notices().values()) {
			for (DeclaredDay day : notice.days()) {
				declared.put(day.date(), day);
			}
		}
		Random random = new Random(42);
		long first = LocalDate.of(2019, 1, 1).toEpochDay();
		long last = LocalDate.of(2026, 12, 31).toEpochDay();
		starts = new LocalDate[MASK + 1];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first + 1)));
		}
		for (LocalDate start : starts) {
			// Both sides must give the same answers, or the comparison means nothing.
			if (!calendar.addWorkingDays(start, workingDays).equals(naiveAdd(start, workingDays))) {
				throw new IllegalStateException("index and naive loop disagree from " + start);
			}
		}
	}

	@Benchmark
	public LocalDate indexed() {
		return calendar.addWorkingDays(starts[next++ & MASK], workingDays);
	}

	@Benchmark
	public LocalDate naive() {
		return naiveAdd(starts[next++ & MASK], workingDays);
	}

	/** The first version's algorithm: walk day by day, counting working days. */
	LocalDate naiveAdd(LocalDate start, int n) {
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (naiveWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	private boolean naiveWorkingDay(LocalDate date) {
		DeclaredDay day = declared.get(date);
		if (day != null) {
			return !day.offDay();
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

}
