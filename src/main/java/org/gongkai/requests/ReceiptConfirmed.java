package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when receipt of an application was confirmed with the applicant (Article 31).
 */
public record ReceiptConfirmed(long requestId, Long agencyId, String actor, Instant occurredAt,
		LocalDate receivedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.receipt-confirmed";
	}

	@Override
	public String summary() {
		return "确认收到申请，收到日期 " + receivedOn;
	}

	@Override
	public String summaryCode() {
		return "history.request.receiptConfirmed";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(receivedOn);
	}

}
