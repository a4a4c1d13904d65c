package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when one review level approved or returned a draft reply. */
public record ReplyReviewed(long requestId, Long agencyId, String actor, Instant occurredAt, int level,
		boolean approved, String comment) implements RequestEvent {

	@Override
	public String action() {
		return "request.reply-reviewed";
	}

	@Override
	public String summary() {
		return "审核第 " + level + " 级：" + (approved ? "通过" : "退回")
				+ (comment == null || comment.isBlank() ? "" : "：" + comment);
	}

	@Override
	public String summaryCode() {
		return "history.request.reply" + (approved ? "Approved" : "Returned")
				+ (comment == null || comment.isBlank() ? "" : "WithComment");
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(level, comment);
	}

}
