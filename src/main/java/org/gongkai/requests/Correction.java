package org.gongkai.requests;

import java.time.LocalDate;

/**
 * The one correction notice of Article 30 and the corrected application, stored in the
 * {@code correction_*} columns; all {@code null} when no notice was issued.
 *
 * @param requestedOn the day the notice was issued
 * @param matters what the applicant is to correct
 * @param termDays the working days the agency gave the applicant
 * @param receivedOn the day the corrected application arrived; the reply period runs anew
 * from it
 * @param servedOn the day the notice was served on the applicant, from which the
 * applicant's term runs; {@code null} while not yet served
 */
public record Correction(LocalDate requestedOn, String matters, Integer termDays, LocalDate receivedOn,
		LocalDate servedOn) {

	static final Correction NONE = new Correction(null, null, null, null, null);

	boolean requested() {
		return requestedOn != null;
	}

	boolean served() {
		return servedOn != null;
	}

	Correction received(LocalDate on) {
		return new Correction(requestedOn, matters, termDays, on, servedOn);
	}

	Correction servedOn(LocalDate on) {
		return new Correction(requestedOn, matters, termDays, receivedOn, on);
	}

}
