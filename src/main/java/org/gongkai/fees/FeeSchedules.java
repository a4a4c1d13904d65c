package org.gongkai.fees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Every configured fee schedule with its validity dates; at most one applies on any day.
 */
@NamedInterface("api")
public final class FeeSchedules {

	private final List<FeeSchedule> schedules;

	/**
	 * @throws IllegalArgumentException if two schedules apply on the same day
	 */
	public FeeSchedules(List<FeeSchedule> schedules) {
		this.schedules = schedules.stream().sorted(Comparator.comparing(FeeSchedule::validFrom)).toList();
		for (int i = 1; i < this.schedules.size(); i++) {
			FeeSchedule before = this.schedules.get(i - 1);
			FeeSchedule after = this.schedules.get(i);
			if (before.validUntil() == null || !before.validUntil().isBefore(after.validFrom())) {
				throw new IllegalArgumentException(
						"Fee schedules " + before.name() + " and " + after.name() + " overlap");
			}
		}
	}

	/** The schedules in date order. */
	public List<FeeSchedule> all() {
		return schedules;
	}

	/** The schedule that applies on {@code day}, if any. */
	public Optional<FeeSchedule> on(LocalDate day) {
		return schedules.stream().filter(schedule -> schedule.appliesOn(day)).findFirst();
	}

}
