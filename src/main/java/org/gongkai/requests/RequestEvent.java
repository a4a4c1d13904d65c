package org.gongkai.requests;

import java.time.Instant;

import org.gongkai.shared.AuditableEvent;

/**
 * A step in an application's life, published as a past-tense record when it happened. The audit trail records every
 * one; the case history shows them; other modules may listen (the appeals module, reports).
 */
public interface RequestEvent extends AuditableEvent {

	/** The application. */
	long requestId();

	/** When the step was taken. */
	Instant occurredAt();

	@Override
	default String subjectType() {
		return "request";
	}

	@Override
	default String subjectId() {
		return Long.toString(requestId());
	}

}
