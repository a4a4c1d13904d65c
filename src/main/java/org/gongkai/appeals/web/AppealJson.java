package org.gongkai.appeals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.appeals.AppealDocumentKind;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.ContestedAct;
import org.gongkai.appeals.Decision;
import org.gongkai.appeals.Disposition;
import org.gongkai.appeals.ReviewAndLitigation;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestStatus;

/** The JSON shapes of the appeals API. */
final class AppealJson {

	private AppealJson() {
	}

	/**
	 * A new case. A reconsideration or direct lawsuit gives {@code requestRef} (an
	 * application's id or tracking code) or, for an older application not in the system,
	 * {@code externalReference}, {@code applicantType}, {@code applicantName} and
	 * {@code originalReplyOn}; a lawsuit after reconsideration gives
	 * {@code reconsiderationId}.
	 */
	record NewCaseBody(Long agencyId, AppealKind kind, String requestRef, Long reconsiderationId,
			String externalReference, ApplicantType applicantType, String applicantName, LocalDate originalReplyOn,
			String body, String caseNumber, LocalDate filedOn, ContestedAct contestedAct, String claims) {
	}

	/** The facts of a case, all replaced by an amendment. */
	record FactsBody(String body, String caseNumber, LocalDate filedOn, ContestedAct contestedAct, String claims) {
	}

	/**
	 * A result; a result that sends the case back may carry the period its decision sets
	 * for the new reply: {@code reopeningDueOn}, or {@code reopeningDays} with
	 * {@code decisionServedOn} (none: 20 working days from the reopening).
	 */
	record DecisionBody(Disposition disposition, LocalDate decidedOn, String documentNumber, String summary,
			LocalDate reopeningDueOn, Integer reopeningDays, LocalDate decisionServedOn) {

		Decision decision() {
			return new Decision(disposition, decidedOn, documentNumber, summary,
					Decision.term(reopeningDueOn, reopeningDays, decisionServedOn));
		}

	}

	/**
	 * A corrected result; {@code disposition} {@code null} withdraws the result (pending
	 * again).
	 */
	record DecisionCorrectionBody(Disposition disposition, LocalDate decidedOn, String documentNumber, String summary,
			LocalDate reopeningDueOn, Integer reopeningDays, LocalDate decisionServedOn, String reason) {

		Decision decision() {
			return disposition == null && decidedOn == null ? null : new Decision(disposition, decidedOn,
					documentNumber, summary, Decision.term(reopeningDueOn, reopeningDays, decisionServedOn));
		}

	}

	/** A reason, for voiding. */
	record VoidReasonBody(String reason) {
	}

	/** The application a case concerns. */
	record ApplicationJson(Long requestId, String trackingCode, String title, RequestStatus status,
			String externalReference, LocalDate originalReplyOn) {
	}

	/** A stored document. */
	record AppealDocumentJson(long id, AppealDocumentKind kind, String filename, String contentType, long size,
			Instant uploadedAt, String uploadedBy, String href) {
	}

	/** One change in the history. */
	record StepJson(Instant occurredAt, String actor, String action, String summary) {
	}

	/** A case in full. */
	record CaseJson(long id, long agencyId, AppealKind kind, Long reconsiderationId, Long laterLawsuitId,
			ApplicationJson application, ApplicantType applicantType, String applicantName, String body,
			String caseNumber, LocalDate filedOn, ContestedAct contestedAct, String claims, AppealResult result,
			Disposition disposition, LocalDate decidedOn, String decisionNumber, String decisionSummary,
			LocalDate reopeningDueOn, Integer reopeningDays, LocalDate decisionServedOn, LocalDate requestReopenedOn,
			int corrections, boolean voided, String voidReason, int version, List<AppealDocumentJson> documents,
			List<StepJson> history) {
	}

	/** A line of a list; the applicant's name is masked. */
	record AppealRowJson(long id, long agencyId, String agencyName, AppealKind kind, String body, String caseNumber,
			LocalDate filedOn, ApplicantType applicantType, String applicant, Long requestId, String application,
			AppealResult result, Disposition disposition, LocalDate decidedOn, boolean voided, int version) {
	}

	/** A page of a list and the cursor of the next one. */
	record AppealPageJson(List<AppealRowJson> rows, Long nextBeforeId) {
	}

	/**
	 * Table 四 in the annual-report JSON's shape, and the cases decided after the year
	 * that it counts as pending.
	 */
	record AppealStatisticsJson(long agencyId, int year, ReviewAndLitigation reviewAndLitigation,
			List<AppealStatistics.DecidedLater> decidedAfterYearEnd) {
	}

}
