package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;

/**
 * The statutory holidays of a year as the 全国年节及纪念日放假办法 in force that year sets them: the
 * prediction used for a year whose State Council notice is not loaded. Only the statutory
 * days themselves are predicted, each marked {@link DeclaredDay#predicted()}; the days a
 * notice adds around them (调休 off days, 补假 for a holiday on a weekend) and its make-up
 * working days depend on that year's decision and are not predicted.
 * <p>
 * Editions (the year each applies from, its 国务院令):
 * <ul>
 * <li>2025 (第795号, 2024): 元旦 1; 春节 4 (除夕 to 初三); 清明 1; 劳动节 2 (5/1–5/2); 端午 1; 中秋 1; 国庆 3
 * (10/1–10/3);</li>
 * <li>2014 (第644号, 2013): 春节 3 (初一 to 初三); 劳动节 1; otherwise as 2025;</li>
 * <li>2008 (第513号, 2007): 春节 3 (除夕 to 初二); 劳动节 1; otherwise as 2025;</li>
 * <li>2000 (第270号, 1999): 元旦 1; 春节 3 (初一 to 初三); 劳动节 3; 国庆 3; no 清明, 端午, 中秋.</li>
 * </ul>
 * Lunar dates come from ICU4J's {@link ChineseCalendar}, the 清明 solar term (the sun at
 * 15° ecliptic longitude) from ICU4J's {@link CalendarAstronomer}, both in China Standard
 * Time (UTC+8) as the official calendar counts. ICU4J's astronomy is accurate to minutes,
 * so a new moon or a solar term within minutes of midnight may fall on the neighbouring
 * day: the result is provisional until the notice is loaded.
 * <p>
 * Thread-safe; each year is computed once.
 */
final class StatutoryHolidays {

	/** The first year predicted: the 1999 edition applies throughout 2000. */
	static final int FIRST_YEAR = 2000;

	private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

	/** Julian day number of 1970-01-01, ICU's {@code JULIAN_DAY} field at the epoch. */
	private static final int EPOCH_JULIAN_DAY = 2_440_588;

	private static final double QINGMING_LONGITUDE = Math.toRadians(15);

	private static final Map<Integer, List<DeclaredDay>> CACHE = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/**
	 * The predicted statutory holidays of {@code year} in date order, each a provisional
	 * day off; empty before {@link #FIRST_YEAR}.
	 */
	static List<DeclaredDay> of(int year) {
		if (year < FIRST_YEAR) {
			return List.of();
		}
		return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	private static List<DeclaredDay> compute(int year) {
		Edition edition = Edition.of(year);
		List<DeclaredDay> days = new ArrayList<>();
		add(days, "元旦", LocalDate.of(year, 1, 1), 1);
		LocalDate newYear = lunar(year, 0, 1);
		add(days, "春节", edition.springFestivalFromEve ? newYear.minusDays(1) : newYear, edition.springFestivalDays);
		if (edition.traditionalFestivals) {
			add(days, "清明节", qingming(year), 1);
		}
		add(days, "劳动节", LocalDate.of(year, 5, 1), edition.labourDays);
		if (edition.traditionalFestivals) {
			add(days, "端午节", lunar(year, 4, 5), 1);
			add(days, "中秋节", lunar(year, 7, 15), 1);
		}
		add(days, "国庆节", LocalDate.of(year, 10, 1), 3);
		// 中秋 may fall within 国庆 (2020-10-01): a date is kept once, under its first name.
		List<DeclaredDay> unique = new ArrayList<>();
		days.stream().sorted(Comparator.comparing(DeclaredDay::date)).forEach(day -> {
			if (unique.isEmpty() || !unique.get(unique.size() - 1).date().equals(day.date())) {
				unique.add(day);
			}
		});
		return List.copyOf(unique);
	}

	private static void add(List<DeclaredDay> days, String name, LocalDate first, int count) {
		for (int i = 0; i < count; i++) {
			days.add(new DeclaredDay(first.plusDays(i), name, true, true));
		}
	}

	/**
	 * The Gregorian date of a day of the Chinese year that begins in {@code year}
	 * (ordinary, not leap, month; {@code month} counted from 0).
	 */
	static LocalDate lunar(int year, int month, int day) {
		ChineseCalendar chinese = new ChineseCalendar();
		// 1 June lies in the Chinese year that began in January or February of the same
		// year.
		chinese.set(Calendar.JULIAN_DAY, julianDay(LocalDate.of(year, 6, 1)));
		int chineseYear = chinese.get(Calendar.EXTENDED_YEAR);
		chinese.clear();
		chinese.set(Calendar.EXTENDED_YEAR, chineseYear);
		chinese.set(Calendar.MONTH, month);
		chinese.set(Calendar.IS_LEAP_MONTH, 0);
		chinese.set(Calendar.DAY_OF_MONTH, day);
		return LocalDate.ofEpochDay(chinese.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
	}

	/** The day of the 清明 solar term in {@code year}, in China Standard Time. */
	static LocalDate qingming(int year) {
		long march = LocalDate.of(year, 3, 1).atStartOfDay(CHINA_STANDARD_TIME).toInstant().toEpochMilli();
		long moment = new CalendarAstronomer(march).getSunTime(QINGMING_LONGITUDE, true);
		return Instant.ofEpochMilli(moment).atOffset(CHINA_STANDARD_TIME).toLocalDate();
	}

	private static int julianDay(LocalDate date) {
		return Math.toIntExact(date.toEpochDay() + EPOCH_JULIAN_DAY);
	}

	/** The numbers of an edition of the 放假办法. */
	private enum Edition {

		Y2000(false, 3, 3, false), Y2008(true, 3, 1, true), Y2014(false, 3, 1, true), Y2025(true, 4, 2, true);

		private final boolean springFestivalFromEve;

		private final int springFestivalDays;

		private final int labourDays;

		private final boolean traditionalFestivals;

		Edition(boolean springFestivalFromEve, int springFestivalDays, int labourDays, boolean traditionalFestivals) {
			this.springFestivalFromEve = springFestivalFromEve;
			this.springFestivalDays = springFestivalDays;
			this.labourDays = labourDays;
			this.traditionalFestivals = traditionalFestivals;
		}

		static Edition of(int year) {
			if (year >= 2025) {
				return Y2025;
			}
			if (year >= 2014) {
				return Y2014;
			}
			return (year >= 2008) ? Y2008 : Y2000;
		}

	}

}
