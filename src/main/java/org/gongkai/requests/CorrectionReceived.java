package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the corrected application arrived; the reply period restarts (Article
 * 30).
 */
public record CorrectionReceived(long requestId, Long agencyId, String actor, Instant occurredAt,
		LocalDate receivedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.correction-received";
	}

	@Override
	public String summary() {
		return "收到补正申请，答复期限自 " + receivedOn + " 起重新计算";
	}

	@Override
	public String summaryCode() {
		return "history.request.correctionReceived";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(receivedOn);
	}

}
