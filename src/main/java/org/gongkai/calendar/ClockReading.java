package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * An application's statutory clock as read on one day, with every term explained.
 *
 * @param replyDue the last day to reply (Article 33), {@code null} while awaiting a correction
 * @param correctionNoticeDue the last day to issue a correction notice (Article 30: 7 working days after receipt)
 * @param workingDaysLeft working days from {@code today} (exclusive) to {@code replyDue} (inclusive); negative when overdue
 * @param paused whether the clock stands still today (an open pause, or awaiting a correction)
 * @param provisional whether a computed date depends on a year whose official calendar is not loaded
 * @param terms each term in words: what it counted and which holidays and make-up days it crossed
 */
public record ClockReading(LocalDate replyDue, LocalDate correctionNoticeDue, int workingDaysLeft, boolean paused,
		boolean provisional, List<Term> terms) {

	/** Whether the reply is late on the day the clock was read. */
	public boolean overdue() {
		return replyDue != null && workingDaysLeft < 0;
	}

	/**
	 * One term of the clock, explained.
	 *
	 * @param label what the term is, such as 答复期限（第三十三条）
	 * @param from the day it starts from (not counted)
	 * @param workingDays the working days it counts
	 * @param due the day it ends
	 * @param crossed declared days (holidays and make-up days) within it
	 */
	public record Term(String label, LocalDate from, int workingDays, LocalDate due, List<DeclaredDay> crossed) {
	}

}
