package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/**
 * A staff member created a personal API token (recorded by name and prefix, never the
 * secret).
 */
public record ApiTokenCreated(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "token.created";
	}

	@Override
	public String subjectType() {
		return "api-token";
	}

}
