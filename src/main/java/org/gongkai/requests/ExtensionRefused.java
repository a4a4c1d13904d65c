package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the head of the disclosure office refused an extension request: the
 * reply period is unchanged (Article 33).
 */
public record ExtensionRefused(long requestId, Long agencyId, String actor, Instant occurredAt, int days,
		String refusedBy, LocalDate refusedOn, String reason) implements RequestEvent {

	@Override
	public String action() {
		return "request.extension-refused";
	}

	@Override
	public String summary() {
		return refusedBy + " 于 " + refusedOn + " 不同意延期 " + days + " 个工作日，答复期限不变：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.request.extensionRefused";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(refusedBy, refusedOn, days, reason);
	}

}
