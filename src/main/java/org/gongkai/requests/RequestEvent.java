package org.gongkai.requests;

import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.CaseHistoryEvent;

/**
 * A step in an application's life, published as a past-tense record when it happened. The
 * audit trail records every one; the case history shows them; other modules may listen
 * (the appeals module, reports).
 */
public interface RequestEvent extends CaseHistoryEvent {

	/** The application. */
	long requestId();

	@Override
	default long caseId() {
		return requestId();
	}

	@Override
	default CaseHistory.Table history() {
		return RequestHistory.TABLE;
	}

	@Override
	default String subjectType() {
		return "request";
	}

	@Override
	default String subjectId() {
		return Long.toString(requestId());
	}

}
