package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when a third party or another agency was consulted in writing (Articles 32,
 * 34).
 */
public record ConsultationStarted(long requestId, Long agencyId, String actor, Instant occurredAt, int number,
		ConsultationKind kind, String party, LocalDate sentOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.consultation-started";
	}

	@Override
	public String summary() {
		return "征求意见 #" + number + "（" + ChineseLabels.of(kind) + "）：" + party + "，" + sentOn + " 发出";
	}

	@Override
	public String summaryCode() {
		return "history.request.consultationStarted";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(number, new Label("request.consultation." + kind.name()), party, sentOn);
	}

}
