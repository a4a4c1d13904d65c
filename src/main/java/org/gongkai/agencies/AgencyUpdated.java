package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;
import org.springframework.modulith.NamedInterface;

/**
 * An agency's disclosure-guide facts were changed; the summary lists each changed field
 * before and after.
 */
@NamedInterface("api")
public record AgencyUpdated(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "agency.updated";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

}
