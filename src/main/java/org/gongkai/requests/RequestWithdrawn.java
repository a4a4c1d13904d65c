package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

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

}
