package org.gongkai.requests;

import java.time.Instant;

/**
 * Published when a step of Article 35 was recorded: the request for reasons, the
 * applicant's reasons, or the reasonable extended period.
 */
public record ExcessiveStepRecorded(long requestId, Long agencyId, String actor, Instant occurredAt, String action,
		String summary) implements RequestEvent {

}
