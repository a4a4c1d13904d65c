package org.gongkai.appeals;

import java.time.LocalDate;

import org.gongkai.requests.ReopeningTerm;

/**
 * The result of a case as its decision document states it.
 *
 * @param disposition how it ended, which fixes its table 四 column
 * @param decidedOn the date of the decision, judgment, ruling or withdrawal
 * @param documentNumber the document's number (文书编号), if any
 * @param summary what was decided, briefly (for example 撤销原答复，责令 20 个工作日内重新答复)
 * @param reopeningTerm the period a result that sends the case back sets for the new
 * reply ({@link ReopeningTerm#NONE} when it sets none, never {@code null})
 */
public record Decision(Disposition disposition, LocalDate decidedOn, String documentNumber, String summary,
		ReopeningTerm reopeningTerm) {

	public Decision {
		documentNumber = CaseFacts.trimmed(documentNumber);
		summary = CaseFacts.trimmed(summary);
		reopeningTerm = reopeningTerm == null ? ReopeningTerm.NONE : reopeningTerm;
	}

	/** A result that sets no period for a new reply. */
	public Decision(Disposition disposition, LocalDate decidedOn, String documentNumber, String summary) {
		this(disposition, decidedOn, documentNumber, summary, ReopeningTerm.NONE);
	}

	/**
	 * The period as staff enter it: a due date, or working days with the day the decision
	 * was served on the agency; none when all are empty.
	 * @throws org.gongkai.shared.RuleViolation when both a date and days are entered, the
	 * days are out of range, or days come without the served date
	 * ({@link ReopeningTerm}'s codes)
	 */
	public static ReopeningTerm term(LocalDate dueOn, Integer workingDays, LocalDate decisionServedOn) {
		if (dueOn == null && workingDays == null && decisionServedOn == null) {
			return ReopeningTerm.NONE;
		}
		return new ReopeningTerm(dueOn, workingDays, decisionServedOn);
	}

	/** The table 四 column. */
	public AppealResult result() {
		return disposition.result();
	}

}
