package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.calendar.ReceiptDates.Rule;
import org.gongkai.shared.RuleViolation;

/**
 * Decides an application's receipt date from the recorded facts of its channel (Article 31 of the Regulations) by the
 * calendar module's configured rules: handed in person, the day it was handed in; registered mail, the day the agency
 * signed for it; an ordinary letter, an online submission or fax, the day both sides confirmed it; email and 12345
 * transfers as configured ({@code gongkai.calendar.receipt.*}). Until a needed confirmation exists the receipt date is
 * unknown and the clock has not started.
 */
final class ReceiptDates {

	private ReceiptDates() {
	}

	/** The receipt date of {@code intake}, or {@code null} while it awaits confirmation. */
	static LocalDate receivedOn(InformationRequest.Intake intake, org.gongkai.calendar.ReceiptDates rules) {
		org.gongkai.calendar.ReceiptDates.Channel channel = org.gongkai.calendar.ReceiptDates.Channel
			.valueOf(intake.channel().name());
		if (rules.ruleFor(channel) == Rule.CONFIRMATION_DAY && intake.confirmedOn() == null) {
			return null;
		}
		try {
			return rules.receiptDate(channel, intake.submittedOn(), intake.signedForOn(), intake.confirmedOn());
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("request.receipt-date", e.getMessage());
		}
	}

}
