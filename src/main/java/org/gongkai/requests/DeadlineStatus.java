package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.DerivedDeadlines;

/**
 * An application's statutory clock as read on one day, with what the case page and lists
 * show: the calendar's reading, the correction term, each consultation's term and pause,
 * a badge colour and, once disposed, whether the reply was in time.
 *
 * @param readOn the day it was read (the disposal day for a disposed application)
 * @param reading the calendar module's reading, {@code null} before receipt is confirmed
 * @param correctionTermEnds the last day of the applicant's correction term, if a notice
 * was issued
 * @param consultations each consultation of the current round with its derived term
 * @param badge the colour to show
 * @param inTime for a disposed application whether it was disposed of by the reply due
 * date; {@code null} while open
 * @param terms every term explained, the calendar's and this module's
 */
public record DeadlineStatus(LocalDate readOn, DerivedDeadlines reading, LocalDate correctionTermEnds,
		List<ConsultationTerm> consultations, Badge badge, Boolean inTime, List<DerivedDeadlines.Term> terms) {

	/**
	 * The colour of a deadline badge; the CSS class is the lower-case name (no class for
	 * {@link #NONE}).
	 */
	public enum Badge {

		/** More than the due-soon threshold left. */
		OK,
		/** Few working days left. */
		SOON,
		/** Overdue. */
		LATE,
		/** The clock stands still (awaiting a correction or a consultation answer). */
		PAUSED,
		/** Disposed of. */
		DONE,
		/** No clock (not yet received, or dismissed). */
		NONE;

		public String cssClass() {
			return switch (this) {
				case OK, DONE -> "ok";
				case SOON -> "soon";
				case LATE -> "late";
				case PAUSED -> "paused";
				case NONE -> "";
			};
		}

	}

	/**
	 * A consultation with its 15-working-day term (Articles 32, 34) and the span it
	 * pauses the reply clock.
	 *
	 * @param number its number on the case, from 1
	 * @param kind whom it consulted
	 * @param party the consulted party
	 * @param sentOn the day the letter was sent (the first paused day)
	 * @param termEnds the party's last day to answer
	 * @param answeredOn the day the answer arrived, or {@code null}
	 * @param pausedUntil the last paused day, {@code null} while the pause lasts
	 */
	public record ConsultationTerm(int number, ConsultationKind kind, String party, LocalDate sentOn,
			LocalDate termEnds, LocalDate answeredOn, LocalDate pausedUntil) {
	}

	/** The reply due date, or {@code null} when the clock does not run toward one. */
	public LocalDate replyDue() {
		return reading == null ? null : reading.replyDue();
	}

	/**
	 * Working days left until the reply due date (negative when overdue); 0 without a due
	 * date.
	 */
	public int workingDaysLeft() {
		return reading == null ? 0 : reading.workingDaysLeft();
	}

	public boolean overdue() {
		return badge == Badge.LATE;
	}

	public boolean paused() {
		return badge == Badge.PAUSED;
	}

}
