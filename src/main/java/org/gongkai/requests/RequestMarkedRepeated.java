package org.gongkai.requests;

import java.time.Instant;

/**
 * Published when an application was marked as repeating an earlier, answered one (Article
 * 36 (六)).
 */
public record RequestMarkedRepeated(long requestId, Long agencyId, String actor, Instant occurredAt, long earlierId,
		String earlierTrackingCode) implements RequestEvent {

	@Override
	public String action() {
		return "request.marked-repeated";
	}

	@Override
	public String summary() {
		return "标记为重复申请，前次申请 " + (earlierTrackingCode == null ? earlierId : earlierTrackingCode);
	}

}
