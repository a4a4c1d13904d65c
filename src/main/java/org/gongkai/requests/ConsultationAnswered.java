package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when a consulted party's answer arrived. */
public record ConsultationAnswered(long requestId, Long agencyId, String actor, Instant occurredAt, int number,
		LocalDate answeredOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.consultation-answered";
	}

	@Override
	public String summary() {
		return answeredOn == null ? "征求意见 #" + number + " 逾期未提出意见" : "征求意见 #" + number + " 于 " + answeredOn + " 答复";
	}

	@Override
	public String summaryCode() {
		return answeredOn == null ? "history.request.consultationLapsed" : "history.request.consultationAnswered";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(number, answeredOn);
	}

}
