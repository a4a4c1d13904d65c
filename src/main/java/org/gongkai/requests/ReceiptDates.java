package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.shared.RuleViolation;

/**
 * Decides an application's receipt date from the recorded facts of its channel (Article 31 of the Regulations):
 * handed in person, the day it was handed in; registered mail, the day the agency signed for it; an ordinary letter,
 * an online submission, fax, email or a 12345 transfer, the day both sides confirmed it. Until such a confirmation
 * exists the receipt date is unknown and the clock has not started.
 *
 * <p>Kept in one place so that it can switch to the calendar module's {@code ReceiptDates} once that lands.
 */
final class ReceiptDates {

	private ReceiptDates() {
	}

	/** The receipt date of {@code intake}, or {@code null} while it awaits confirmation. */
	static LocalDate receivedOn(InformationRequest.Intake intake) {
		return switch (intake.channel()) {
			case IN_PERSON -> intake.submittedOn();
			case REGISTERED_MAIL -> {
				if (intake.signedForOn() == null) {
					throw new RuleViolation("request.signed-for-missing", "挂号信、EMS 等需签收的邮件以签收之日为收到申请之日，须填写签收日期（《条例》第三十一条第（二）项）");
				}
				if (intake.signedForOn().isBefore(intake.submittedOn())) {
					throw new RuleViolation("request.bad-date", "签收日期不能早于寄出日期");
				}
				yield intake.signedForOn();
			}
			case ORDINARY_LETTER, ONLINE, FAX, EMAIL, HOTLINE_12345 -> {
				if (intake.confirmedOn() != null && intake.confirmedOn().isBefore(intake.submittedOn())) {
					throw new RuleViolation("request.confirmation-before-submission", "确认日期不能早于申请到达日期");
				}
				yield intake.confirmedOn();
			}
		};
	}

}
