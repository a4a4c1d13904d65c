package org.gongkai.consultations;

import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.CaseHistoryEvent;

/**
 * A step in a question's life, published as a past-tense record when it happened. The
 * audit trail records every one; the question's page lists them as its history.
 */
public interface ConsultationEvent extends CaseHistoryEvent {

	/** The question. */
	long questionId();

	@Override
	default long caseId() {
		return questionId();
	}

	@Override
	default CaseHistory.Table history() {
		return QuestionHistory.TABLE;
	}

	@Override
	default String subjectType() {
		return "consultation";
	}

	@Override
	default String subjectId() {
		return Long.toString(questionId());
	}

}
