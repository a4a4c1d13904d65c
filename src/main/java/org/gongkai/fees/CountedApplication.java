package org.gongkai.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

import org.springframework.modulith.NamedInterface;

/**
 * An application as the 按件 count sees it: whose it is, at which agency, received when.
 * Article 4 of 国办函〔2020〕109号 counts the same applicant's applications per natural month
 * cumulatively; Gongkai counts them across every agency of the installation, recognising
 * the applicant by identity number ({@link ApplicantKey}).
 *
 * @param requestId the application
 * @param applicant the applicant's key
 * @param agencyId the agency that received it
 * @param receivedOn the day it was received, which decides its month
 */
@NamedInterface("api")
public record CountedApplication(long requestId, ApplicantKey applicant, long agencyId, LocalDate receivedOn) {

	/**
	 * The place of this application among its applicant's applications of the same
	 * calendar month in {@code all} (whatever the agency), counted from 1: earlier
	 * receipt first, the lower request id first on the same day. {@code all} may include
	 * this application and others' applications.
	 */
	public int ordinalAmong(Collection<CountedApplication> all) {
		YearMonth month = YearMonth.from(receivedOn);
		long before = all.stream()
			.filter(other -> other.requestId != requestId && other.applicant.equals(applicant)
					&& YearMonth.from(other.receivedOn).equals(month) && comesBefore(other))
			.count();
		return Math.toIntExact(before + 1);
	}

	private boolean comesBefore(CountedApplication other) {
		return other.receivedOn.isBefore(receivedOn)
				|| (other.receivedOn.equals(receivedOn) && other.requestId < requestId);
	}

}
