package org.gongkai.requests;

import java.time.LocalDate;

/**
 * What other modules may know of an application: enough to link an appeal to it and to count it.
 *
 * @param id the application's identifier
 * @param agencyId the agency that received it
 * @param trackingCode the code the applicant follows it with
 * @param applicantType the column of table 三 it counts in
 * @param receivedOn the receipt date under Article 31, {@code null} while a submission awaits confirmation
 * @param status where it stands now
 * @param outcome its current disposal, {@code null} while open
 */
public record RequestReference(long id, long agencyId, String trackingCode, ApplicantType applicantType,
		LocalDate receivedOn, RequestStatus status, Outcome outcome) {
}
