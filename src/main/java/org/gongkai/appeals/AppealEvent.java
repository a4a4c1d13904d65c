package org.gongkai.appeals;

import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.CaseHistoryEvent;

/**
 * A change to a case, published as a past-tense record when it happened. The audit trail
 * records every one and the case page lists them; summaries carry the applicant's name
 * masked.
 */
public interface AppealEvent extends CaseHistoryEvent {

	/** The case. */
	long appealId();

	@Override
	default long caseId() {
		return appealId();
	}

	@Override
	default CaseHistory.Table history() {
		return AppealHistory.TABLE;
	}

	@Override
	default String subjectType() {
		return "appeal";
	}

	@Override
	default String subjectId() {
		return Long.toString(appealId());
	}

}
