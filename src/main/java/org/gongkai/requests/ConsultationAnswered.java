package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/** Published when a consulted party's answer arrived. */
public record ConsultationAnswered(long requestId, Long agencyId, String actor, Instant occurredAt, int number,
		LocalDate answeredOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.consultation-answered";
	}

	@Override
	public String summary() {
		return "征求意见 #" + number + " 于 " + answeredOn + " 答复";
	}

}
