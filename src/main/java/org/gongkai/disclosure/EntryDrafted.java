package org.gongkai.disclosure;

import java.time.Instant;

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

}
