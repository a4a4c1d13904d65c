package org.gongkai.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * The supervising office read an agency's answer to its 催办.
 *
 * @param urgingId the 催办
 * @param agencyId the agency that answered
 * @param actor who read it (a user name)
 * @param occurredAt when
 */
public record UrgingRead(long urgingId, Long agencyId, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "supervision.urging-read";
	}

	@Override
	public String subjectType() {
		return "urging";
	}

	@Override
	public String subjectId() {
		return String.valueOf(urgingId);
	}

	@Override
	public String summary() {
		return "督办机构已阅机关 " + agencyId + " 对催办 " + urgingId + " 的答复";
	}

	@Override
	public String summaryCode() {
		return "history.urging.read";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(agencyId, urgingId);
	}

}
