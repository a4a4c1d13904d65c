package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Published when a disposed application was reopened for handling again, after an
 * appeal's correcting result.
 */
public record RequestReopened(long requestId, Long agencyId, String actor, Instant occurredAt, int round,
		String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.reopened";
	}

	@Override
	public String summary() {
		return "重新办理（第 " + round + " 轮）：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.reopened";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(round, reason);
	}

}
