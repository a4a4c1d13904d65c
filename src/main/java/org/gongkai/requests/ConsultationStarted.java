package org.gongkai.requests;

/** Published when a third party or another agency was consulted in writing (Articles 32, 34). */
public record ConsultationStarted(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, int number, ConsultationKind kind, String party, java.time.LocalDate sentOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.consultation-started";
	}

	@Override
	public String summary() {
		return "征求意见 #" + number + "（" + kind + "）：" + party + "，" + sentOn + " 发出";
	}

}
