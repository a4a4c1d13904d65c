package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;
import org.springframework.modulith.NamedInterface;

/**
 * An agency (or supervising office) was added under a region; the summary lists its guide
 * facts.
 */
@NamedInterface("api")
public record AgencyCreated(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "agency.created";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

}
