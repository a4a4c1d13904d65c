package org.gongkai.requests;

import java.time.Instant;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return "history.request.archived";
	}

	@Override
	public List<Object> summaryArgs() {
		return List.of();
	}

}
