package org.gongkai.requests;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a draft reply was submitted to the review chain. */
public record ReplyDrafted(long requestId, Long agencyId, String actor, Instant occurredAt, int draftNo,
		Outcome outcome) implements RequestEvent {

	@Override
	public String action() {
		return "request.reply-drafted";
	}

	@Override
	public String summary() {
		return "提交答复草稿 #" + draftNo + "：" + outcome.label();
	}

	@Override
	public String summaryCode() {
		return "history.request.replyDrafted";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(draftNo, new Label("request.outcome." + outcome.name(), outcome.label()));
	}

}
