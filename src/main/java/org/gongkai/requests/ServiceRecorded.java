package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when proof that the reply was served was recorded. */
public record ServiceRecorded(long requestId, Long agencyId, String actor, Instant occurredAt,
		LocalDate servedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.served";
	}

	@Override
	public String summary() {
		return "送达于 " + servedOn;
	}

	@Override
	public String summaryCode() {
		return "history.request.serviceRecorded";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(servedOn);
	}

}
