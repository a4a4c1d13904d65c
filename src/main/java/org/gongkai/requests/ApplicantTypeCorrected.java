package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Published when a registrar corrected the applicant type before the reply: the column of
 * table 三 the current round counts in follows.
 */
public record ApplicantTypeCorrected(long requestId, Long agencyId, String actor, Instant occurredAt,
		ApplicantType from, ApplicantType to, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.applicant-type-corrected";
	}

	@Override
	public String summary() {
		return "申请人类型由 " + from.label() + " 更正为 " + to.label() + "：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.applicantTypeCorrected";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label("request.applicantType." + from.name(), from.label()),
				new Label("request.applicantType." + to.name(), to.label()), reason);
	}

}
