package org.gongkai.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * A supervising office sent a 催办 to an agency of its region.
 *
 * @param urgingId the 催办
 * @param agencyId the agency urged
 * @param officeId the supervising office
 * @param trackingCode the application it names, or {@code null} for a general one
 * @param actor who sent it (a user name)
 * @param occurredAt when
 */
public record UrgingSent(long urgingId, Long agencyId, long officeId, String trackingCode, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "supervision.urging-sent";
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
		return trackingCode == null ? "督办机构 " + officeId + " 催办（综合）" : "督办机构 " + officeId + " 催办申请 " + trackingCode;
	}

	@Override
	public String summaryCode() {
		return trackingCode == null ? "history.urging.sentGeneral" : "history.urging.sent";
	}

	@Override
	public List<Object> summaryArgs() {
		return trackingCode == null ? Arrays.asList(officeId) : Arrays.asList(officeId, trackingCode);
	}

}
