package org.gongkai.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which reminder a term's reading calls for today, as the key a sweep claims once per
 * item ({@code lead3:2026-05-08}, {@code overdue:2026-05-08}): the smallest configured
 * lead the working days left have reached, or the overdue reminder. The due day is part
 * of the key, so a term moved by a new calendar reminds again.
 */
public final class ReminderKinds {

	private ReminderKinds() {
	}

	/**
	 * The reminder due today, or {@code null} for none.
	 * @param overdue whether the term has passed
	 * @param workingDaysLeft working days left before the due day
	 * @param due the due day
	 * @param leadDays the configured leads, in working days
	 * @param remindOverdue whether a late item gets its reminder
	 */
	public static String of(boolean overdue, int workingDaysLeft, LocalDate due, List<Integer> leadDays,
			boolean remindOverdue) {
		if (overdue) {
			return remindOverdue ? "overdue:" + due : null;
		}
		return leadDays.stream()
			.filter(lead -> workingDaysLeft <= lead)
			.min(Comparator.naturalOrder())
			.map(lead -> "lead" + lead + ":" + due)
			.orElse(null);
	}

}
