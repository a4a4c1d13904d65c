package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff member revoked one of their API tokens. */
public record ApiTokenRevoked(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "token.revoked";
	}

	@Override
	public String subjectType() {
		return "api-token";
	}

}
