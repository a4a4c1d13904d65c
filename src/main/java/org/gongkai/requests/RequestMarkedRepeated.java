package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return "history.request.markedRepeated";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(earlierTrackingCode == null ? earlierId : earlierTrackingCode);
	}

}
