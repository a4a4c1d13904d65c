package org.gongkai.requests;

import java.time.Instant;

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

}
