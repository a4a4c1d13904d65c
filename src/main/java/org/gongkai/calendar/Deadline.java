package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A period of working days, computed and explained: what the calculator page, the API and
 * the {@code deadline} command show.
 *
 * @param from the day the period starts from
 * @param workingDays the working days it counts
 * @param due the last day of the period
 * @param provisional whether the period reaches days whose official calendar is not
 * loaded (its statutory holidays predicted, no 调休)
 * @param missingYears the notice years that would settle a provisional period
 * @param startDayCounted whether {@code from} itself was counted (see
 * {@link WorkingCalendar})
 * @param crossed the declared holidays and make-up working days within the period, and
 * the predicted holidays of years without a notice, in date order
 */
public record Deadline(LocalDate from, int workingDays, LocalDate due, boolean provisional, List<Integer> missingYears,
		boolean startDayCounted, List<DeclaredDay> crossed) {

	public Deadline {
		missingYears = List.copyOf(missingYears);
		crossed = List.copyOf(crossed);
	}

}
