package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when a version of an entry became public, after the last level approved it.
 */
public record EntryPublished(long entryId, Long agencyId, String actor, Instant occurredAt, int publishedVersion,
		LocalDate publishedOn) implements DisclosureEvent {

	@Override
	public String action() {
		return "disclosure.published";
	}

	@Override
	public String summary() {
		return "发布第 " + publishedVersion + " 版，发布日期 " + publishedOn;
	}

	@Override
	public String summaryCode() {
		return "history.disclosure.published";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(publishedVersion, publishedOn);
	}

}
