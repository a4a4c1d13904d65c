package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when an entry was taken off the public pages. */
public record EntryWithdrawn(long entryId, Long agencyId, String actor, Instant occurredAt,
		String reason) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.withdrawn";
	}

	@Override
	public String summary() {
		return "撤回：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.withdrawn";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(reason);
	}

}
