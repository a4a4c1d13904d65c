package org.gongkai.disclosure;

import java.time.LocalDate;

import org.gongkai.calendar.DeadlineRules;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Article 26 clock on the shipped calendar: no Spring. */
class PublicationClockTests {

	private final PublicationClock clock = new PublicationClock(new DeadlineRules(WorkingCalendar.shipped()), 5);

	@Test
	void countsTwentyWorkingDaysAcrossNationalDayWithItsMakeUpDays() {
		// 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked.
		LocalDate formed = LocalDate.of(2025, 9, 26);
		assertThat(clock.due(formed)).isEqualTo(LocalDate.of(2025, 10, 30));
	}

	@Test
	void isDueSoonInTheLastFiveWorkingDaysAndOverdueAfter() {
		LocalDate formed = LocalDate.of(2025, 3, 3);
		LocalDate due = clock.due(formed);
		assertThat(due).isEqualTo(LocalDate.of(2025, 3, 31));

		assertThat(clock.read(formed, LocalDate.of(2025, 3, 21))).satisfies(reading -> {
			assertThat(reading.workingDaysLeft()).isEqualTo(6);
			assertThat(reading.dueSoon()).isFalse();
		});
		assertThat(clock.read(formed, LocalDate.of(2025, 3, 24)).dueSoon()).isTrue();
		assertThat(clock.read(formed, due).overdue()).isFalse();
		assertThat(clock.read(formed, LocalDate.of(2025, 4, 1))).satisfies(reading -> {
			assertThat(reading.overdue()).isTrue();
			assertThat(reading.workingDaysLeft()).isEqualTo(-1);
		});
	}

}
