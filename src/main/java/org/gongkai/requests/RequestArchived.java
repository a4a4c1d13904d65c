package org.gongkai.requests;

import java.time.Instant;

/** Published when a disposed application was archived and became read-only. */
public record RequestArchived(long requestId, Long agencyId, String actor, Instant occurredAt) implements RequestEvent {

	@Override
	public String action() {
		return "request.archived";
	}

	@Override
	public String summary() {
		return "归档";
	}

}
