package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the correction term passed without a correction; the application is
 * deemed abandoned (Article 30).
 */
public record CorrectionLapsed(long requestId, Long agencyId, String actor, Instant occurredAt,
		LocalDate closedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.correction-lapsed";
	}

	@Override
	public String summary() {
		return "逾期未补正，视为放弃申请（" + closedOn + "）";
	}

	@Override
	public String summaryCode() {
		return "history.request.correctionLapsed";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(closedOn);
	}

}
