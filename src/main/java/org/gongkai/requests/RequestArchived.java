package org.gongkai.requests;

/** Published when a disposed application was archived and became read-only. */
public record RequestArchived(long requestId, Long agencyId, String actor, java.time.Instant occurredAt) implements RequestEvent {

	@Override
	public String action() {
		return "request.archived";
	}

	@Override
	public String summary() {
		return "归档";
	}

}
