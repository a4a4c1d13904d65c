package org.gongkai.requests;

import java.time.LocalDate;

/**
 * The one extension of the reply period (Article 33), stored in the {@code extension_*}
 * columns; all {@code null} while none was granted in the current round.
 *
 * @param days the working days added
 * @param approvedBy the name of the office head who approved it
 * @param approvedOn the day of the approval
 * @param reason why more time is needed
 * @param noticeOn the day the 延期答复告知书 told the applicant, within the original period
 * (Article 33); the notice itself is attached as {@link DocumentKind#EXTENSION_NOTICE}
 */
public record Extension(Integer days, String approvedBy, LocalDate approvedOn, String reason, LocalDate noticeOn) {

	static final Extension NONE = new Extension(null, null, null, null, null);

	boolean granted() {
		return days != null;
	}

}
