package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Published when an application asking for several matters was split into one application
 * per matter.
 */
public record RequestSplit(long requestId, Long agencyId, String actor, Instant occurredAt,
		List<Long> partIds) implements RequestEvent {

	@Override
	public String action() {
		return "request.split";
	}

	@Override
	public String summary() {
		return "一事一申请：拆分出 " + partIds;
	}

	@Override
	public String summaryCode() {
		return "history.request.split";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(partIds);
	}

}
