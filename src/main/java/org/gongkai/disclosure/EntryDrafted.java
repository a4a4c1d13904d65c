package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a catalogue entry was drafted and given its 索引号. */
public record EntryDrafted(long entryId, Long agencyId, String actor, Instant occurredAt, String indexNumber,
		String title) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.drafted";
	}

	@Override
	public String summary() {
		return "起草：" + indexNumber + " " + title;
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.drafted";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(indexNumber, title);
	}

}
