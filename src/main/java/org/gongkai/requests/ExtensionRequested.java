package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the handler asked the head of the disclosure office to extend the reply
 * period (Article 33).
 */
public record ExtensionRequested(long requestId, Long agencyId, String actor, Instant occurredAt, int days,
		String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.extension-requested";
	}

	@Override
	public String summary() {
		return "申请延长答复期限 " + days + " 个工作日，待公开办负责人审批：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.extensionRequested";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(days, reason);
	}

}
