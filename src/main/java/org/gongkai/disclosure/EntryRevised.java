package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when an entry's content was changed (before or after publication). */
public record EntryRevised(long entryId, Long agencyId, String actor, Instant occurredAt,
		String title) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.revised";
	}

	@Override
	public String summary() {
		return "修改：" + title;
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.revised";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(title);
	}

}
