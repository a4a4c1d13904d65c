package org.gongkai.requests;

/** Published when an application was given to another handler. */
public record HandlerReassigned(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, long handlerId, String handlerName, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.reassigned";
	}

	@Override
	public String summary() {
		return "改派承办人 " + handlerName + (reason == null ? "" : "：" + reason);
	}

}
