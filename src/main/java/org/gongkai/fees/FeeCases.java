package org.gongkai.fees;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.letters.LetterFacts;
import org.springframework.modulith.NamedInterface;

/**
 * The applications as the fee-notice step of the fees console and API needs them: their
 * state, agency and the facts of their letters. The applications module answers it (it
 * calls this module, so this module cannot call it); until a bean of it exists, the
 * console and API refuse to issue with {@code fee.cases-unavailable}, and the
 * applications module issues from its own step through {@link FeeNoticeLetters}.
 */
@NamedInterface("api")
public interface FeeCases {

	/**
	 * Application {@code requestId} as of {@code issuedOn}, if it exists.
	 */
	Optional<FeeCase> find(long requestId, LocalDate issuedOn);

	/**
	 * The 申请编号 of application {@code requestId}, if it exists: one column read, where
	 * {@link #find} builds the facts of a whole letter.
	 */
	Optional<String> caseNumber(long requestId);

	/**
	 * An application for the fee step.
	 *
	 * @param requestId the application
	 * @param agencyId its agency
	 * @param state whether a notice may be issued
	 * @param facts the facts every letter of the case shares (applicant, agency block,
	 * dates, remedies), issued on the day asked
	 */
	record FeeCase(long requestId, long agencyId, CaseState state, LetterFacts facts) {
	}

}
