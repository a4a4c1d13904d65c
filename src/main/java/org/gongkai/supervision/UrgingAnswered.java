package org.gongkai.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * An agency answered a 催办.
 *
 * @param urgingId the 催办
 * @param agencyId the agency that answered
 * @param actor who answered (a user name)
 * @param occurredAt when
 */
public record UrgingAnswered(long urgingId, Long agencyId, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "supervision.urging-answered";
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
		return "机关 " + agencyId + " 答复催办 " + urgingId;
	}

	@Override
	public String summaryCode() {
		return "history.urging.answered";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(agencyId, urgingId);
	}

}
