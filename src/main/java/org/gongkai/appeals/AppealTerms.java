package org.gongkai.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;

/**
 * The agency's term to answer a case, derived from the day it was notified, never stored:
 * in a reconsideration the written 答复 with the evidence within 10 days of receiving the
 * copy of the application (行政复议法 2023 Art. 48; working days by Art. 88, see
 * {@link AppealsProperties#reconsiderationAnswerInWorkingDays}); in a lawsuit the 答辩状
 * with the evidence within 15 days of receiving the copy of the complaint (行政诉讼法 Art.
 * 67), calendar days, the last day moved to the next working day when it is a day off
 * (民事诉讼法 on 期间, applied by 行政诉讼法 Art. 101). The day of notification itself is not
 * counted.
 */
@Service
public class AppealTerms {

	/** Days of the reconsideration 答复 term. */
	public static final int RECONSIDERATION_DAYS = 10;

	/** Days of the litigation 答辩 term. */
	public static final int LITIGATION_DAYS = 15;

	/** How the term stands today; the colour of the applications' lists. */
	public enum Status {

		/** More than the due-soon threshold left. */
		OK("ok"),
		/** Few working days left. */
		SOON("soon"),
		/** Any day after the due date. */
		LATE("late"),
		/** The answer is on file, or the case has a result: the term no longer runs. */
		DONE("ok");

		private final String cssClass;

		Status(String cssClass) {
			this.cssClass = cssClass;
		}

		public String cssClass() {
			return cssClass;
		}

	}

	/**
	 * A term to answer, read on a day.
	 *
	 * @param notifiedOn the day the agency received the notice
	 * @param days the days of the term
	 * @param workingDays whether they are working days
	 * @param due the last day to answer
	 * @param status how it stands
	 * @param workingDaysLeft working days from today to the due date, negative when late
	 * @param provisional whether the due date depends on a year without a loaded holiday
	 * notice
	 */
	public record Term(LocalDate notifiedOn, int days, boolean workingDays, LocalDate due, Status status,
			int workingDaysLeft, boolean provisional) {
	}

	private final WorkingCalendar calendar;

	private final AppealsProperties properties;

	private final Clock clock;

	AppealTerms(WorkingCalendar calendar, AppealsProperties properties, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The term of a case as it stands today, {@code null} while the notification is not
	 * recorded.
	 * @param answered whether the agency's 答复书 or 答辩状 is on file
	 */
	public Term of(AppealCase appeal, boolean answered) {
		return of(appeal.getKind(), appeal.getNotifiedOn(), answered || appeal.getResult() != AppealResult.PENDING,
				LocalDate.now(clock));
	}

	/** The term of a listed case as it stands today. */
	public Term of(AppealSearch.Row row) {
		return of(row.kind(), row.notifiedOn(), row.answered() || row.result() != AppealResult.PENDING,
				LocalDate.now(clock));
	}

	Term of(AppealKind kind, LocalDate notifiedOn, boolean done, LocalDate today) {
		if (notifiedOn == null) {
			return null;
		}
		boolean working = !kind.isLitigation() && properties.reconsiderationAnswerInWorkingDays();
		int days = kind.isLitigation() ? LITIGATION_DAYS : RECONSIDERATION_DAYS;
		LocalDate due;
		if (working) {
			due = calendar.nthWorkingDayAfter(notifiedOn, days);
		}
		else {
			due = calendar.firstWorkingDayFrom(notifiedOn.plusDays(days));
		}
		int left = today.isAfter(due) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
		Status status;
		if (done) {
			status = Status.DONE;
		}
		else if (today.isAfter(due)) {
			status = Status.LATE;
		}
		else {
			status = left <= properties.dueSoonWorkingDays() ? Status.SOON : Status.OK;
		}
		return new Term(notifiedOn, days, working, due, status, left, calendar.isProvisional(notifiedOn, due));
	}

}
