package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the reply period was extended once with the office head's approval
 * (Article 33).
 */
public record DeadlineExtended(long requestId, Long agencyId, String actor, Instant occurredAt, int days,
		String approvedBy, LocalDate approvedOn, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.extended";
	}

	@Override
	public String summary() {
		return "延期 " + days + " 个工作日，" + approvedBy + " 于 " + approvedOn + " 批准：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.deadlineExtended";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(days, approvedBy, approvedOn, reason);
	}

}
