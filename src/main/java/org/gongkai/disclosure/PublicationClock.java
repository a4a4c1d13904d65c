package org.gongkai.disclosure;

import java.time.LocalDate;

import org.gongkai.calendar.DeadlineFacts;
import org.gongkai.calendar.DeadlineRules;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.calendar.StatutoryTerms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * The timeliness clock of Article 26 of the Regulations: information is published within
 * 20 working days of being formed or changed. Read with the calendar module's statutory
 * clock ({@link DeadlineRules}), the one the applications' 20 working days use, so both
 * count holidays, 调休 and the start day alike.
 */
@Component
public class PublicationClock {

	/** Article 26: within 20 working days of formation or change. */
	public static final int PUBLICATION_DAYS = 20;

	/**
	 * The clock read on a day.
	 *
	 * @param due the last day to publish
	 * @param workingDaysLeft working days left (negative once late)
	 * @param overdue late by at least one working day
	 * @param dueSoon not late, and at most the configured working days left
	 */
	public record Reading(LocalDate due, int workingDaysLeft, boolean overdue, boolean dueSoon) {
	}

	private final DeadlineRules rules;

	private final int dueSoonDays;

	@Autowired
	PublicationClock(DeadlineRules rules, DisclosureProperties properties) {
		this(rules, properties.dueSoonDays());
	}

	PublicationClock(DeadlineRules rules, int dueSoonDays) {
		// The statutory clock counts the reply's 20 days; Article 26 asks for the same
		// 20.
		Assert.state(StatutoryTerms.REPLY_DAYS == PUBLICATION_DAYS, "Article 26 and Article 33 differ");
		this.rules = rules;
		this.dueSoonDays = dueSoonDays;
	}

	/**
	 * The clock of information formed or changed on {@code formedOn}, read on
	 * {@code today}.
	 */
	public Reading read(LocalDate formedOn, LocalDate today) {
		DerivedDeadlines deadlines = rules.read(DeadlineFacts.receivedOn(formedOn), today);
		return new Reading(deadlines.replyDue(), deadlines.workingDaysLeft(), deadlines.overdue(),
				!deadlines.overdue() && deadlines.workingDaysLeft() <= dueSoonDays);
	}

	/** The last day to publish information formed or changed on {@code formedOn}. */
	public LocalDate due(LocalDate formedOn) {
		return rules.read(DeadlineFacts.receivedOn(formedOn), formedOn).replyDue();
	}

}
