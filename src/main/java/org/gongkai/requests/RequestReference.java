package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules may know of an application: enough to link an appeal to it, show it
 * in the appeal's case view and count it.
 *
 * @param id the application's identifier
 * @param agencyId the agency that received it
 * @param trackingCode the code the applicant follows it with
 * @param applicantType the column of table 三 it counts in
 * @param applicantName the applicant's name (a person's or an organisation's)
 * @param infoTitle the title of the information sought
 * @param receivedOn the receipt date under Article 31, {@code null} while a submission
 * awaits confirmation
 * @param status where it stands now
 * @param outcome its current disposal, {@code null} while open
 * @param closedOn the day of its current disposal (the reply date when answered),
 * {@code null} while open
 */
@NamedInterface("api")
public record RequestReference(long id, long agencyId, String trackingCode, ApplicantType applicantType,
		String applicantName, String infoTitle, LocalDate receivedOn, RequestStatus status, Outcome outcome,
		LocalDate closedOn) {
}
