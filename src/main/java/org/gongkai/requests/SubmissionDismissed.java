package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when an unconfirmed submission was set aside and will not be counted. */
public record SubmissionDismissed(long requestId, Long agencyId, String actor, Instant occurredAt,
		String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.dismissed";
	}

	@Override
	public String summary() {
		return "不予登记：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.submissionDismissed";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(reason);
	}

}
