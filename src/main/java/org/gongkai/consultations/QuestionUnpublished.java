package org.gongkai.consultations;

import java.time.Instant;

/** Published when a question was taken off the portal. */
public record QuestionUnpublished(long questionId, Long agencyId, String actor,
		Instant occurredAt) implements ConsultationEvent {

	@Override
	public String action() {
		return "consultation.unpublished";
	}

	@Override
	public String summary() {
		return "撤下公开";
	}

	@Override
	public String summaryCode() {
		return "history.consultation.unpublished";
	}

}
