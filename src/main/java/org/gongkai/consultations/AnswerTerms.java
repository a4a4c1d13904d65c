package org.gongkai.consultations;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The answer term of a question: the configured working days of its type after the
 * receipt date, counted on the calendar module's working-day calendar with the same
 * arithmetic ({@link WorkingCalendar#addWorkingDays}) as the applications' statutory
 * periods, so holidays, 调休 and the start-day convention count alike. Derived when read,
 * never entered.
 */
@Component
public class AnswerTerms {

	/**
	 * The clock of one question read on a day.
	 *
	 * @param due the last day to answer
	 * @param workingDaysLeft working days left (negative once late)
	 * @param overdue the due day has passed
	 * @param dueSoon not late, and at most the configured working days left
	 */
	public record Reading(LocalDate due, int workingDaysLeft, boolean overdue, boolean dueSoon) {
	}

	private final WorkingCalendar calendar;

	private final ConsultationsProperties.Terms terms;

	private final int dueSoonDays;

	@Autowired
	AnswerTerms(WorkingCalendar calendar, ConsultationsProperties properties) {
		this(calendar, properties.terms(), properties.dueSoonDays());
	}

	AnswerTerms(WorkingCalendar calendar, ConsultationsProperties.Terms terms, int dueSoonDays) {
		this.calendar = calendar;
		this.terms = terms;
		this.dueSoonDays = dueSoonDays;
	}

	/** The working days of {@code type}'s term. */
	public int days(QuestionType type) {
		return terms.of(type);
	}

	/**
	 * The last day to answer a question of {@code type} received on {@code receivedOn}.
	 */
	public LocalDate due(QuestionType type, LocalDate receivedOn) {
		return calendar.addWorkingDays(receivedOn, terms.of(type));
	}

	/** The clock read on {@code today}. */
	public Reading read(QuestionType type, LocalDate receivedOn, LocalDate today) {
		LocalDate due = due(type, receivedOn);
		int left = due.isBefore(today) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
		boolean overdue = due.isBefore(today);
		return new Reading(due, left, overdue, !overdue && left <= dueSoonDays);
	}

	/** Whether an answer given on {@code answeredOn} was within the term. */
	public boolean inTerm(QuestionType type, LocalDate receivedOn, LocalDate answeredOn) {
		return !answeredOn.isAfter(due(type, receivedOn));
	}

}
