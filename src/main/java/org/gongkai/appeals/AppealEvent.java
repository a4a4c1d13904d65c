package org.gongkai.appeals;

import java.time.Instant;

import org.gongkai.shared.AuditableEvent;

/**
 * A change to a case, published as a past-tense record when it happened. The audit trail records every one and the
 * case page lists them; summaries carry the applicant's name masked.
 */
public interface AppealEvent extends AuditableEvent {

	/** The case. */
	long appealId();

	/** When the change was made. */
	Instant occurredAt();

	@Override
	default String subjectType() {
		return "appeal";
	}

	@Override
	default String subjectId() {
		return Long.toString(appealId());
	}

}
