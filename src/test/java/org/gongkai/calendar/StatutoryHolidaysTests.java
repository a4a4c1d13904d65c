package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.calendar.Fixtures.date;

/**
 * The statutory holidays predicted for a year without a notice (issue 11 item 4), checked
 * against the published State Council notices shipped with Gongkai: every predicted
 * holiday must be a day off in the notice. The numbers of days are those of the
 * 全国年节及纪念日放假办法 in force that year (第二条; 2024 amendment from 2025, 2013 amendment for
 * 2014–2024).
 */
class StatutoryHolidaysTests {

	final WorkingCalendar shipped = Fixtures.shippedCalendar();

	@ParameterizedTest(name = "every holiday predicted for {0} is a day off in its notice")
	@ValueSource(ints = { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void everyPredictedHolidayIsADayOffInThePublishedNotice(int year) {
		assertThat(shipped.isKnownYear(year)).isTrue();
		List<DeclaredDay> predicted = StatutoryHolidays.of(year);
		assertThat(predicted).isNotEmpty().allSatisfy(day -> {
			assertThat(day.predicted()).isTrue();
			assertThat(day.offDay()).isTrue();
			assertThat(shipped.isWorkingDay(day.date())).as("%s %s", day.date(), day.name()).isFalse();
		});
	}

	@Test
	void from2025TheAmendedMeasuresGiveThirteenDaysWithSpringFestivalFromNewYearsEve() {
		assertThat(countsByName(2026))
			.isEqualTo(Map.of("元旦", 1L, "春节", 4L, "清明节", 1L, "劳动节", 2L, "端午节", 1L, "中秋节", 1L, "国庆节", 3L));
		assertThat(StatutoryHolidays.of(2026)).extracting(DeclaredDay::date)
			.containsExactly(date("2026-01-01"), date("2026-02-16"), date("2026-02-17"), date("2026-02-18"),
					date("2026-02-19"), date("2026-04-05"), date("2026-05-01"), date("2026-05-02"), date("2026-06-19"),
					date("2026-09-25"), date("2026-10-01"), date("2026-10-02"), date("2026-10-03"));
		assertThat(StatutoryHolidays.of(2025)).extracting(DeclaredDay::date)
			.as("除夕 2025-01-28 is a statutory holiday from 2025")
			.contains(date("2025-01-28"), date("2025-01-31"), date("2025-04-04"), date("2025-05-02"),
					date("2025-05-31"), date("2025-10-06"));
	}

	@Test
	void before2025TheOlderMeasuresApplyWithoutNewYearsEveAndWithOneLabourDay() {
		assertThat(countsByName(2024))
			.isEqualTo(Map.of("元旦", 1L, "春节", 3L, "清明节", 1L, "劳动节", 1L, "端午节", 1L, "中秋节", 1L, "国庆节", 3L));
		assertThat(StatutoryHolidays.of(2024)).extracting(DeclaredDay::date)
			.as("除夕 2024-02-09 was a working day under the 2013 measures")
			.doesNotContain(date("2024-02-09"), date("2024-05-02"))
			.contains(date("2024-02-10"), date("2024-02-12"));
		assertThat(countsByName(2010)).as("2008–2013: 春节 from 除夕 for three days")
			.containsEntry("春节", 3L)
			.containsEntry("劳动节", 1L);
		assertThat(StatutoryHolidays.of(2010)).extracting(DeclaredDay::date)
			.contains(date("2010-02-13"), date("2010-02-15"));
		assertThat(countsByName(2005)).as("1999 measures: no traditional festivals, three Labour Days")
			.isEqualTo(Map.of("元旦", 1L, "春节", 3L, "劳动节", 3L, "国庆节", 3L));
	}

	@Test
	void aDeadlineRunningIntoAYearWithoutNoticeNoLongerCountsNewYearsDayAsAWorkingDay() {
		assertThat(shipped.isKnownYear(2027)).isFalse();
		assertThat(shipped.isWorkingDay(date("2027-01-01"))).isFalse();
		Deadline deadline = shipped.deadline(date("2026-12-31"), 1);
		assertThat(deadline.due()).isEqualTo(date("2027-01-04"));
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.crossed()).singleElement().satisfies(day -> {
			assertThat(day.name()).isEqualTo("元旦");
			assertThat(day.predicted()).isTrue();
		});
	}

	@Test
	void aLoadedNoticeReplacesThePrediction() {
		WorkingCalendar loaded = Fixtures.calendarWith(Fixtures.notice2027());
		assertThat(loaded.declaredBetween(date("2026-12-31"), date("2027-12-31"))).noneMatch(DeclaredDay::predicted);
		assertThat(shipped.declaredBetween(date("2027-09-30"), date("2027-10-03"))).extracting(DeclaredDay::date)
			.containsExactly(date("2027-10-01"), date("2027-10-02"), date("2027-10-03"));
	}

	private static Map<String, Long> countsByName(int year) {
		return StatutoryHolidays.of(year)
			.stream()
			.collect(Collectors.groupingBy(DeclaredDay::name, Collectors.counting()));
	}

}
