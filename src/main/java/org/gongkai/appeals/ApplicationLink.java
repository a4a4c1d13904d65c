package org.gongkai.appeals;

import java.time.LocalDate;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestStatus;

/**
 * The application a case concerns: one handled in this system ({@link Linked}), or an
 * older one that is not ({@link Older}, entered by its reference). Either way the case
 * knows the applicant and the earliest day an appeal against the contested act could have
 * been filed.
 */
public sealed interface ApplicationLink {

	ApplicantType applicantType();

	String applicantName();

	/**
	 * The earliest filing date for an appeal against {@code act}: the reply date for a
	 * contested reply, the receipt date for a failure to reply or another act;
	 * {@code null} where nothing is known.
	 */
	LocalDate earliestFiling(ContestedAct act);

	/**
	 * An application handled in this system, as the applications module reports it now.
	 *
	 * @param id the application
	 * @param agencyId the agency that received it
	 * @param trackingCode its tracking code
	 * @param applicantType its applicant type
	 * @param applicantName the applicant's name
	 * @param title the information sought
	 * @param receivedOn its receipt date (Article 31)
	 * @param disposedOn the day of its current disposal (the reply date when answered),
	 * {@code null} while open
	 * @param status where it stands
	 */
	record Linked(long id, long agencyId, String trackingCode, ApplicantType applicantType, String applicantName,
			String title, LocalDate receivedOn, LocalDate disposedOn, RequestStatus status) implements ApplicationLink {

		@Override
		public LocalDate earliestFiling(ContestedAct act) {
			// A reopened application is open again and its earlier reply date is not
			// reported; its receipt date still bounds.
			return act == ContestedAct.REPLY && disposedOn != null ? disposedOn : receivedOn;
		}

		/**
		 * Whether the application stands disposed of, so that a correcting result must
		 * reopen it.
		 */
		public boolean disposed() {
			return status.isDisposed();
		}

	}

	/**
	 * An application not in this system (received before it was introduced), entered from
	 * the paper file.
	 *
	 * @param reference how the file identifies it, such as "2023 年第 15 号申请（依申请公开登记簿）"
	 * @param applicantType its applicant type
	 * @param applicantName the applicant's name
	 * @param repliedOn the day the agency replied, {@code null} if it never did
	 */
	record Older(String reference, ApplicantType applicantType, String applicantName,
			LocalDate repliedOn) implements ApplicationLink {

		@Override
		public LocalDate earliestFiling(ContestedAct act) {
			return act == ContestedAct.REPLY ? repliedOn : null;
		}

	}

}
