package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.calendar.Fixtures.date;

/**
 * Working-day arithmetic around every holiday of 2023–2026. Each expected date was worked
 * out by hand from the State Council notices as summarised in regulations.md §4, never by
 * running the code.
 */
class WorkingCalendarTests {

	final WorkingCalendar calendar = Fixtures.shippedCalendar();

	@ParameterizedTest(name = "{3}: {1} working days after {0} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2022-12-30 |  1 | 2023-01-03 | 元旦 2023 straddles the year: 12-31 to 01-02 off
			2023-01-13 |  5 | 2023-01-20 | the week before 春节 2023
			2023-01-20 |  1 | 2023-01-28 | 春节 2023 off 01-21..27, lands on make-up Saturday 01-28
			2023-01-20 |  2 | 2023-01-29 | 春节 2023 make-up Sunday 01-29
			2023-01-20 |  3 | 2023-01-30 | after 春节 2023
			2023-01-22 |  1 | 2023-01-28 | start on a Sunday inside 春节 2023
			2023-01-13 | 10 | 2023-02-01 | across the whole of 春节 2023
			2023-04-04 |  1 | 2023-04-06 | 清明 2023 off 04-05
			2023-04-21 |  1 | 2023-04-23 | 劳动节 2023 make-up Sunday 04-23
			2023-04-21 |  6 | 2023-04-28 | the working week after make-up Sunday 04-23
			2023-04-21 |  7 | 2023-05-04 | 劳动节 2023 off 04-29..05-03
			2023-04-21 |  9 | 2023-05-06 | 劳动节 2023 lands on make-up Saturday 05-06
			2023-06-21 |  1 | 2023-06-25 | 端午 2023 off 06-22..24, make-up Sunday 06-25
			2023-09-28 |  1 | 2023-10-07 | 国庆 2023 off 09-29..10-06, make-up Saturday 10-07
			2023-09-28 |  3 | 2023-10-09 | 国庆 2023 both make-up days then Monday
			2023-10-01 | 20 | 2023-11-01 | start on a holiday inside 国庆 2023
			2023-09-20 | 20 | 2023-10-24 | a reply period across 中秋国庆 2023
			2023-12-29 |  1 | 2024-01-02 | 元旦 2024 with the weekend
			2024-02-02 |  1 | 2024-02-04 | 春节 2024 make-up Sunday 02-04
			2024-02-02 |  6 | 2024-02-09 | 除夕 2024-02-09 is a working day
			2024-02-02 |  7 | 2024-02-18 | 春节 2024 off 02-10..17, make-up Sunday 02-18
			2024-02-02 |  8 | 2024-02-19 | after 春节 2024
			2024-02-10 |  1 | 2024-02-18 | start on a Saturday inside 春节 2024
			2024-04-03 |  1 | 2024-04-07 | 清明 2024 off 04-04..06, make-up Sunday 04-07
			2024-04-26 |  1 | 2024-04-28 | 劳动节 2024 make-up Sunday 04-28
			2024-04-26 |  4 | 2024-05-06 | 劳动节 2024 off 05-01..05
			2024-04-26 |  9 | 2024-05-11 | 劳动节 2024 lands on make-up Saturday 05-11
			2024-06-07 |  1 | 2024-06-11 | 端午 2024 Monday 06-10 off
			2024-09-13 |  1 | 2024-09-14 | 中秋 2024 make-up Saturday 09-14
			2024-09-13 |  2 | 2024-09-18 | 中秋 2024 off 09-15..17
			2024-09-27 |  1 | 2024-09-29 | 国庆 2024 make-up Sunday 09-29
			2024-09-27 |  3 | 2024-10-08 | 国庆 2024 off 10-01..07
			2024-09-27 |  7 | 2024-10-12 | 国庆 2024 lands on make-up Saturday 10-12
			2024-12-31 |  1 | 2025-01-02 | 元旦 2025 off 01-01
			2025-01-24 |  1 | 2025-01-26 | 春节 2025 make-up Sunday 01-26
			2025-01-24 |  2 | 2025-01-27 | the Monday before 春节 2025
			2025-01-24 |  3 | 2025-02-05 | 春节 2025 off 01-28..02-04
			2025-01-24 |  6 | 2025-02-08 | 春节 2025 lands on make-up Saturday 02-08
			2025-01-29 |  1 | 2025-02-05 | start on a weekday holiday inside 春节 2025
			2025-04-03 |  1 | 2025-04-07 | 清明 2025 off 04-04..06
			2025-04-25 |  1 | 2025-04-27 | 劳动节 2025 make-up Sunday 04-27
			2025-04-25 |  5 | 2025-05-06 | 劳动节 2025 off 05-01..05
			2025-05-30 |  1 | 2025-06-03 | 端午 2025 off 05-31..06-02
			2025-09-26 |  1 | 2025-09-28 | 国庆 2025 make-up Sunday 09-28
			2025-09-26 |  4 | 2025-10-09 | 国庆中秋 2025 off 10-01..08
			2025-09-26 |  6 | 2025-10-11 | 国庆 2025 lands on make-up Saturday 10-11
			2025-09-19 | 20 | 2025-10-23 | a reply period across 国庆中秋 2025
			2025-12-31 |  1 | 2026-01-04 | 元旦 2026 off 01-01..03, make-up Sunday 01-04
			2025-12-31 |  2 | 2026-01-05 | after 元旦 2026
			2026-02-13 |  1 | 2026-02-14 | 春节 2026 make-up Saturday 02-14
			2026-02-13 |  2 | 2026-02-24 | 春节 2026 off 02-15..23
			2026-02-13 |  6 | 2026-02-28 | 春节 2026 lands on make-up Saturday 02-28
			2026-02-13 |  7 | 2026-03-02 | after 春节 2026
			2026-02-16 |  1 | 2026-02-24 | start on a Monday holiday inside 春节 2026
			2026-04-03 |  1 | 2026-04-07 | 清明 2026 off 04-04..06
			2026-04-30 |  1 | 2026-05-06 | 劳动节 2026 off 05-01..05
			2026-04-30 |  4 | 2026-05-09 | 劳动节 2026 lands on make-up Saturday 05-09
			2026-06-18 |  1 | 2026-06-22 | 端午 2026 off 06-19..21
			2026-09-18 |  1 | 2026-09-20 | 国庆 2026 make-up Sunday 09-20
			2026-09-24 |  1 | 2026-09-28 | 中秋 2026 off 09-25..27
			2026-09-24 |  4 | 2026-10-08 | 国庆 2026 off 10-01..07
			2026-09-24 |  6 | 2026-10-10 | 国庆 2026 lands on make-up Saturday 10-10
			2026-09-21 | 20 | 2026-10-26 | a reply period across 中秋 and 国庆 2026
			2026-11-26 | 10 | 2026-12-10 | an ordinary period
			""")
	void addsWorkingDaysAcrossHolidaysAndMakeUpDays(LocalDate from, int n, LocalDate expected, String why) {
		assertThat(calendar.addWorkingDays(from, n)).as(why).isEqualTo(expected);
		assertThat(calendar.isWorkingDay(expected)).as("a deadline is a working day").isTrue();
		assertThat(calendar.countWorkingDays(from, expected)).as("counting back gives n").isEqualTo(n);
	}

	@ParameterizedTest(name = "{0} .. {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-01-20 | 2023-01-31 | 4 | 春节 2023: 01-28, 01-29, 01-30, 01-31
			2024-09-30 | 2024-10-12 | 5 | 国庆 2024: 10-08 to 10-12 with make-up Saturday
			2026-02-13 | 2026-03-02 | 7 | 春节 2026: 02-14, 02-24..28, 03-02
			2023-01-31 | 2023-01-20 | 0 | an end before the start counts nothing
			2026-10-01 | 2026-10-07 | 0 | 国庆 2026 holidays only
			""")
	void countsWorkingDaysBetweenTwoDates(LocalDate startExclusive, LocalDate endInclusive, int expected, String why) {
		assertThat(calendar.countWorkingDays(startExclusive, endInclusive)).as(why).isEqualTo(expected);
	}

	@Test
	void makeUpWeekendDaysWorkAndWeekdayHolidaysDoNot() {
		assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(date("2026-09-20"))).as("make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(date("2026-10-05"))).as("国庆 Monday").isFalse();
		assertThat(calendar.isWorkingDay(date("2026-03-07"))).as("an ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(date("2024-02-09"))).as("除夕 2024 was not declared off").isTrue();
		assertThat(calendar.isWorkingDay(date("2025-01-28"))).as("除夕 2025 is a statutory holiday").isFalse();
	}

	@Test
	void theNoticeOfTheNextYearSettlesTheLastDaysOfDecember() {
		assertThat(calendar.isWorkingDay(date("2022-12-30"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2022-12-31"))).as("declared in the 2023 notice").isFalse();
		assertThat(calendar.isWorkingDay(date("2018-12-29"))).as("make-up Saturday declared in the 2019 notice")
			.isTrue();
	}

	@Test
	void zeroWorkingDaysIsTheStartDayItself() {
		assertThat(calendar.addWorkingDays(date("2026-10-03"), 0)).isEqualTo(date("2026-10-03"));
	}

	@Test
	void negativeWorkingDaysAreRejected() {
		assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-10-03"), -1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不能为负数");
	}

	@Test
	void countingTheStartDayMakesAWorkingStartDayTheFirstDay() {
		WorkingCalendar counting = Fixtures.calendarCountingStartDay();
		assertThat(counting.addWorkingDays(date("2026-02-13"), 1)).as("Friday counts itself")
			.isEqualTo(date("2026-02-13"));
		assertThat(counting.addWorkingDays(date("2026-02-14"), 1)).as("make-up Saturday counts")
			.isEqualTo(date("2026-02-14"));
		assertThat(counting.addWorkingDays(date("2026-02-15"), 1)).as("a holiday does not")
			.isEqualTo(date("2026-02-24"));
		assertThat(counting.addWorkingDays(date("2026-09-21"), 20)).as("one day earlier than by default")
			.isEqualTo(date("2026-10-23"));
		assertThat(counting.nthWorkingDayAfter(date("2026-02-13"), 1))
			.as("explicit next-day periods never count the start")
			.isEqualTo(date("2026-02-14"));
	}

	@Test
	void datesInAYearWithoutNoticeAreProvisionalAndKeepThePredictedStatutoryHolidaysOff() {
		assertThat(calendar.isKnownYear(2026)).isTrue();
		assertThat(calendar.isKnownYear(2027)).as("the shipped 2027 file is empty").isFalse();
		assertThat(calendar.isWorkingDay(date("2027-01-01"))).as("元旦 2027 is predicted off").isFalse();
		assertThat(calendar.addWorkingDays(date("2026-12-30"), 2)).as("12-31, then 元旦 and the weekend")
			.isEqualTo(date("2027-01-04"));
		assertThat(calendar.isProvisional(date("2026-12-31"), date("2027-01-01"))).isTrue();
		assertThat(calendar.isProvisional(date("2026-11-27"), date("2026-12-10"))).isFalse();
	}

	@Test
	void lateDecemberWaitsForTheNextYearsNotice() {
		assertThat(calendar.isProvisional(date("2026-12-24"), date("2026-12-24"))).isFalse();
		assertThat(calendar.isProvisional(date("2026-12-25"), date("2026-12-25"))).as("元旦 2027 may reach back")
			.isTrue();
		assertThat(calendar.isProvisional(date("2025-12-25"), date("2025-12-31"))).as("2026 notice is loaded")
			.isFalse();
		assertThat(calendar.missingYears(date("2026-12-01"), date("2026-12-29"))).containsExactly(2027);
		assertThat(calendar.missingYears(date("2026-12-01"), date("2028-01-05"))).containsExactly(2027, 2028);
	}

	@Test
	void aDeadlineReachingIntoAYearWithoutNoticeIsRecomputedWhenTheNoticeArrives() {
		Deadline before = calendar.deadline(date("2026-12-30"), 2);
		assertThat(before.due()).as("元旦 2027 predicted off, then the weekend").isEqualTo(date("2027-01-04"));
		assertThat(before.provisional()).isTrue();
		assertThat(before.missingYears()).containsExactly(2027);
		assertThat(before.crossed()).singleElement().isEqualTo(new DeclaredDay(date("2027-01-01"), "元旦", true, true));
		Deadline beforeMakeUpDay = calendar.deadline(date("2027-01-29"), 1);
		assertThat(beforeMakeUpDay.due()).as("make-up days are not predicted").isEqualTo(date("2027-02-01"));

		calendar.replace(CalendarRefresh.effective(ShippedNotices.all(), List.of(Fixtures.notice2027())));

		Deadline after = calendar.deadline(date("2026-12-30"), 2);
		assertThat(after.due()).as("元旦 2027 off, then the weekend").isEqualTo(date("2027-01-04"));
		assertThat(after.provisional()).isFalse();
		assertThat(after.crossed()).singleElement().isEqualTo(new DeclaredDay(date("2027-01-01"), "元旦", true));
		assertThat(calendar.deadline(date("2027-01-29"), 1).due()).as("the notice's make-up Sunday")
			.isEqualTo(date("2027-01-31"));
	}

	@Test
	void aDeadlineListsTheHolidaysAndMakeUpDaysItCrossed() {
		Deadline deadline = calendar.deadline(date("2026-02-13"), 6);
		assertThat(deadline.due()).isEqualTo(date("2026-02-28"));
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.crossed()).extracting(DeclaredDay::date)
			.containsExactly(date("2026-02-14"), date("2026-02-15"), date("2026-02-16"), date("2026-02-17"),
					date("2026-02-18"), date("2026-02-19"), date("2026-02-20"), date("2026-02-21"), date("2026-02-22"),
					date("2026-02-23"), date("2026-02-28"));
		assertThat(deadline.crossed().get(0).offDay()).as("02-14 is worked").isFalse();
		assertThat(deadline.crossed().get(1).name()).isEqualTo("春节");
	}

	@Test
	void theFirstWorkingDayFromADayAgreesWithTheDayByDayRuleInsideAndOutsideTheIndex() {
		for (LocalDate day = date("1995-01-01"); day.isBefore(date("2105-01-01")); day = day.plusDays(1)) {
			LocalDate expected = day;
			while (!calendar.isWorkingDay(expected)) {
				expected = expected.plusDays(1);
			}
			assertThat(calendar.firstWorkingDayFrom(day)).as(day.toString()).isEqualTo(expected);
		}
		assertThat(calendar.firstWorkingDayFrom(date("2026-10-01"))).as("国庆节 to the first day back")
			.isEqualTo(date("2026-10-08"));
	}

	@Test
	void datesFarOutsideTheIndexFollowTheWeekendsOnlyRule() {
		assertThat(calendar.addWorkingDays(date("2150-01-02"), 1)).as("Friday to Monday").isEqualTo(date("2150-01-05"));
		assertThat(calendar.addWorkingDays(date("1990-01-05"), 5)).isEqualTo(date("1990-01-12"));
		assertThat(calendar.countWorkingDays(date("1999-12-31"), date("2000-01-07"))).as("across the index start")
			.isEqualTo(5);
		assertThat(calendar.isProvisional(date("1999-12-31"), date("1999-12-31"))).isTrue();
	}

}
