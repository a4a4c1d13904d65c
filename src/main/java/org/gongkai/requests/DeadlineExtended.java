package org.gongkai.requests;

/** Published when the reply period was extended once with the office head's approval (Article 33). */
public record DeadlineExtended(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, int days, String approvedBy, java.time.LocalDate approvedOn, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.extended";
	}

	@Override
	public String summary() {
		return "延期 " + days + " 个工作日，" + approvedBy + " 于 " + approvedOn + " 批准：" + reason;
	}

}
