package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when the drafter sent an entry to the first level of its review chain. */
public record EntrySubmitted(long entryId, Long agencyId, String actor, Instant occurredAt,
		int round) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.submitted";
	}

	@Override
	public String summary() {
		return "提交审核（第 " + round + " 轮）";
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.submitted";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(round);
	}

}
