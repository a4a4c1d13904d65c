package org.gongkai.requests;

import java.time.Instant;

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

}
