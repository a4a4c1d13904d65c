package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when the applicant withdrew the application. */
public record RequestWithdrawn(long requestId, Long agencyId, String actor, Instant occurredAt, LocalDate withdrawnOn,
		String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.withdrawn";
	}

	@Override
	public String summary() {
		return "申请人撤回申请（" + withdrawnOn + "）：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.withdrawn";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(withdrawnOn, reason);
	}

}
