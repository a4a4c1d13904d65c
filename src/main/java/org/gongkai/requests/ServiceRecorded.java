package org.gongkai.requests;

/** Published when proof that the reply was served was recorded. */
public record ServiceRecorded(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, java.time.LocalDate servedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.served";
	}

	@Override
	public String summary() {
		return "送达于 " + servedOn;
	}

}
