package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when an application was checked, accepted and assigned to a handler. */
public record RequestAccepted(long requestId, Long agencyId, String actor, Instant occurredAt, long handlerId,
		String handlerName) implements RequestEvent {

	@Override
	public String action() {
		return "request.accepted";
	}

	@Override
	public String summary() {
		return "受理并分派承办人 " + handlerName;
	}

	@Override
	public String summaryCode() {
		return "history.request.accepted";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(handlerName);
	}

}
