package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar of the People's Republic: Monday to Friday unless a notice declares the day off, plus every
 * weekend day declared a make-up working day (调休). Years without a loaded notice are counted on the weekends-only
 * assumption and reported as provisional.
 */
@Service
public class WorkingCalendar {

	static final int FIRST_YEAR = 2019;

	static final int LAST_SHIPPED_YEAR = 2027;

	private final Map<LocalDate, DeclaredDay> declared = new HashMap<>();

	private final Set<Integer> knownYears = new HashSet<>();

	WorkingCalendar() {
		JsonMapper mapper = JsonMapper.builder().build();
		for (int year = FIRST_YEAR; year <= LAST_SHIPPED_YEAR; year++) {
			ClassPathResource resource = new ClassPathResource("calendar/" + year + ".json");
			try (InputStream in = resource.getInputStream()) {
				NoticeFile file = mapper.readValue(in, NoticeFile.class);
				if (file.days() != null && !file.days().isEmpty()) {
					knownYears.add(file.year());
					for (NoticeFile.Day day : file.days()) {
						declared.put(LocalDate.parse(day.date()), new DeclaredDay(LocalDate.parse(day.date()), day.name(),
								day.isOffDay()));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("无法读取节假日数据 " + year, e);
			}
		}
	}

	/** The upstream holiday-cn file format. */
	record NoticeFile(int year, List<String> papers, List<Day> days) {
		record Day(String name, String date, boolean isOffDay) {
		}
	}

	public boolean isWorkingDay(LocalDate date) {
		DeclaredDay day = declared.get(date);
		if (day != null) {
			return !day.offDay();
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/** Whether the official calendar of {@code year} is loaded; otherwise its days are provisional. */
	public boolean isKnownYear(int year) {
		return knownYears.contains(year);
	}

	/**
	 * The {@code n}th working day after {@code start}; the start day itself is not counted (期间开始之日不计算在内).
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("工作日数不能为负数：" + n);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The number of working days after {@code startExclusive} up to and including {@code endInclusive}. */
	public int countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
		int count = 0;
		for (LocalDate day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** Whether any day from {@code from} to {@code to} lies in a year without a loaded calendar. */
	public boolean isProvisional(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!isKnownYear(year)) {
				return true;
			}
		}
		return false;
	}

}
