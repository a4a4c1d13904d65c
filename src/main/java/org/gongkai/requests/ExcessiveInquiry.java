package org.gongkai.requests;

import java.time.LocalDate;

/**
 * The steps of Article 35 for applications whose number or frequency clearly exceeds a
 * reasonable range (大量、频繁), stored in the {@code excessive_*} columns of the current
 * round: the agency's request for reasons, the applicant's answer (or none by the day
 * set), and the reasonable extended period the agency set when the reasons are sound but
 * the Article 33 period is not enough. All {@code null} while none was recorded.
 *
 * @param askedOn the day the request for reasons was sent to the applicant
 * @param answerBy the day by which the applicant was asked to answer
 * @param answeredOn the day the applicant's reasons arrived
 * @param reasons the applicant's reasons, in short
 * @param periodDue the reply due date the agency set, or {@code null}
 * @param periodDays the working days added after the Article 33 period, or {@code null}
 * @param periodReason why the reply needs the longer period
 */
public record ExcessiveInquiry(LocalDate askedOn, LocalDate answerBy, LocalDate answeredOn, String reasons,
		LocalDate periodDue, Integer periodDays, String periodReason) {

	static final ExcessiveInquiry NONE = new ExcessiveInquiry(null, null, null, null, null, null, null);

	boolean asked() {
		return askedOn != null;
	}

	/**
	 * Whether the applicant's side is on record on {@code today}: the reasons arrived, or
	 * the day set for them has passed.
	 */
	boolean concluded(LocalDate today) {
		return askedOn != null && (answeredOn != null || (today != null && today.isAfter(answerBy)));
	}

	/** Whether a reasonable extended period is set. */
	public boolean periodSet() {
		return periodDue != null || periodDays != null;
	}

}
