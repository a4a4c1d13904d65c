package org.gongkai.appeals;

import java.time.LocalDate;

/**
 * The result of a case as its decision document states it.
 *
 * @param disposition how it ended, which fixes its table 四 column
 * @param decidedOn the date of the decision, judgment, ruling or withdrawal
 * @param documentNumber the document's number (文书编号), if any
 * @param summary what was decided, briefly (for example 撤销原答复，责令 20 个工作日内重新答复)
 */
public record Decision(Disposition disposition, LocalDate decidedOn, String documentNumber, String summary) {

	public Decision {
		documentNumber = CaseFacts.trimmed(documentNumber);
		summary = CaseFacts.trimmed(summary);
	}

	/** The table 四 column. */
	public AppealResult result() {
		return disposition.result();
	}

}
