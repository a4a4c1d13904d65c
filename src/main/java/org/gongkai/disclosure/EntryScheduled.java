package org.gongkai.disclosure;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a publication time was set for an entry. */
public record EntryScheduled(long entryId, Long agencyId, String actor, Instant occurredAt,
		Instant publishAt) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.scheduled";
	}

	@Override
	public String summary() {
		return "定时发布：" + publishAt;
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.scheduled";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(publishAt);
	}

}
