package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when a correction notice was issued once (Article 30). */
public record CorrectionRequested(long requestId, Long agencyId, String actor, Instant occurredAt, LocalDate issuedOn,
		int termDays, String matters) implements RequestEvent {

	@Override
	public String action() {
		return "request.correction-requested";
	}

	@Override
	public String summary() {
		return "告知补正（" + issuedOn + "，补正期限 " + termDays + " 个工作日）：" + matters;
	}

	@Override
	public String summaryCode() {
		return "history.request.correctionRequested";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(issuedOn, termDays, matters);
	}

}
