package org.gongkai.requests;

import java.time.LocalDate;

/**
 * The one extension of the reply period (Article 33), stored in the {@code extension_*}
 * columns: requested by the handler with a reason, then approved or refused by the head
 * of the disclosure office. All {@code null} while none was requested in the current
 * round.
 *
 * @param days the working days added, once approved
 * @param approvedBy the name of the office head who approved it
 * @param approvedOn the day of the approval
 * @param reason why more time is needed
 * @param noticeOn the day the 延期答复告知书 told the applicant, within the original period
 * (Article 33); the notice itself is attached as {@link DocumentKind#EXTENSION_NOTICE}
 * @param requestedDays the working days asked for
 * @param requestedById the staff id of who asked, who may not decide
 * @param requestedBy the name of who asked
 * @param requestedOn the day it was asked
 * @param refusedBy the name of the office head who refused it
 * @param refusedOn the day of the refusal
 * @param refusal why it was refused
 */
public record Extension(Integer days, String approvedBy, LocalDate approvedOn, String reason, LocalDate noticeOn,
		Integer requestedDays, Long requestedById, String requestedBy, LocalDate requestedOn, String refusedBy,
		LocalDate refusedOn, String refusal) {

	static final Extension NONE = new Extension(null, null, null, null, null, null, null, null, null, null, null, null);

	/** An extension granted without a recorded request (the head's own approval). */
	Extension(Integer days, String approvedBy, LocalDate approvedOn, String reason, LocalDate noticeOn) {
		this(days, approvedBy, approvedOn, reason, noticeOn, null, null, null, null, null, null, null);
	}

	boolean granted() {
		return days != null;
	}

	/** Whether a request awaits the office head's decision. */
	public boolean pending() {
		return requestedDays != null && days == null && refusedOn == null;
	}

	/** Whether the last request was refused; the term is then unchanged. */
	public boolean refused() {
		return refusedOn != null && days == null;
	}

	/** A request by {@code requester}, replacing a refused one. */
	Extension requested(int days, String reason, Actor requester, LocalDate on) {
		return new Extension(null, null, null, reason, null, days, requester.staffId(), requester.displayName(), on,
				null, null, null);
	}

	/** The request approved: {@code days} granted. */
	Extension approved(String head, LocalDate on, LocalDate told) {
		return new Extension(requestedDays, head, on, reason, told, requestedDays, requestedById, requestedBy,
				requestedOn, null, null, null);
	}

	/** The request refused: the term stays as it was. */
	Extension refusedBy(String head, LocalDate on, String why) {
		return new Extension(null, null, null, reason, null, requestedDays, requestedById, requestedBy, requestedOn,
				head, on, why);
	}

}
