package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the correction notice was served on the applicant; the applicant's term
 * runs from that day (Article 30).
 */
public record CorrectionNoticeServed(long requestId, Long agencyId, String actor, Instant occurredAt,
		LocalDate servedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.correction-notice-served";
	}

	@Override
	public String summary() {
		return "补正告知书送达（" + servedOn + "），补正期限自送达之日起计算";
	}

	@Override
	public String summaryCode() {
		return "history.request.correctionNoticeServed";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(servedOn);
	}

}
