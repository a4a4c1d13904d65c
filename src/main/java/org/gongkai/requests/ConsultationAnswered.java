package org.gongkai.requests;

/** Published when a consulted party's answer arrived. */
public record ConsultationAnswered(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, int number, java.time.LocalDate answeredOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.consultation-answered";
	}

	@Override
	public String summary() {
		return "征求意见 #" + number + " 于 " + answeredOn + " 答复";
	}

}
