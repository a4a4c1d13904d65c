package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when an application was given to another handler. */
public record HandlerReassigned(long requestId, Long agencyId, String actor, Instant occurredAt, long handlerId,
		String handlerName, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.reassigned";
	}

	@Override
	public String summary() {
		return "改派承办人 " + handlerName + (reason == null ? "" : "：" + reason);
	}

	@Override
	public String summaryCode() {
		return reason == null ? "history.request.handlerReassigned" : "history.request.handlerReassignedWithReason";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(handlerName, reason);
	}

}
