package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One period of handling: from receipt (or from a reopening after an appeal) to disposal.
 * The annual statistics count rounds: a round is newly received in the year it starts,
 * disposed of in the year it closes, and carried forward while open on 31 December (see
 * {@link RequestStatistics}).
 *
 * @param roundNo 1 for the original handling, 2 and up after each reopening
 * @param agencyId the application's agency, repeated here so that the statistics read one
 * table by index
 * @param applicantType the application's applicant type (its column of table 三), repeated
 * for the same reason
 * @param startedOn the receipt date (round 1) or the reopening date
 * @param closedOn the day of disposal, or {@code null} while open
 * @param outcome the disposal, {@code null} while open
 * @param reason why the round started: {@code null} for round 1, the reopening reason
 * otherwise
 */
@Table("request_round")
public record HandlingRound(int roundNo, long agencyId, ApplicantType applicantType, LocalDate startedOn,
		LocalDate closedOn, Outcome outcome, String reason, LocalDate termDueOn, Integer termDays,
		LocalDate decisionServedOn, boolean superseded, boolean continuation) {

	@PersistenceCreator
	public HandlingRound {
	}

	HandlingRound(int roundNo, long agencyId, ApplicantType applicantType, LocalDate startedOn, LocalDate closedOn,
			Outcome outcome, String reason) {
		this(roundNo, agencyId, applicantType, startedOn, closedOn, outcome, reason, null, null, null, false, false);
	}

	HandlingRound closed(LocalDate on, Outcome by) {
		return new HandlingRound(roundNo, agencyId, applicantType, startedOn, on, by, reason, termDueOn, termDays,
				decisionServedOn, superseded, continuation);
	}

	HandlingRound counted(ApplicantType type) {
		return new HandlingRound(roundNo, agencyId, type, startedOn, closedOn, outcome, reason, termDueOn, termDays,
				decisionServedOn, superseded, continuation);
	}

	/**
	 * This round's disposal revoked by a reopening in the same year: the next round
	 * replaces it in that year's table 三.
	 */
	HandlingRound supersede() {
		return new HandlingRound(roundNo, agencyId, applicantType, startedOn, closedOn, outcome, reason, termDueOn,
				termDays, decisionServedOn, true, continuation);
	}

	/** This round with the period a corrected decision sets for its reply. */
	HandlingRound withTerm(ReopeningTerm term) {
		return new HandlingRound(roundNo, agencyId, applicantType, startedOn, closedOn, outcome, reason, term.dueOn(),
				term.workingDays(), term.workingDays() == null ? null : term.decisionServedOn(), superseded,
				continuation);
	}

	/** The period the correcting decision set for this round's reply, or none. */
	public ReopeningTerm term() {
		return termDueOn == null && termDays == null ? ReopeningTerm.NONE
				: new ReopeningTerm(termDueOn, termDays, decisionServedOn);
	}

	public boolean isOpen() {
		return closedOn == null;
	}

}
