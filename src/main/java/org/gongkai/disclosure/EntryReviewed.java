package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Published when a level of the review chain approved an entry or returned it with
 * comments.
 */
public record EntryReviewed(long entryId, Long agencyId, String actor, Instant occurredAt, int level, boolean approved,
		boolean secrecyReview, String comment) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.reviewed";
	}

	@Override
	public String summary() {
		return "第 " + level + " 级" + (secrecyReview ? "（保密审查）" : "") + (approved ? "通过" : "退回")
				+ (comment == null || comment.isBlank() ? "" : "：" + comment);
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.review" + (secrecyReview ? "Secrecy" : "") + (approved ? "Approved" : "Returned")
				+ (comment == null || comment.isBlank() ? "" : "WithComment");
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(level, comment);
	}

}
