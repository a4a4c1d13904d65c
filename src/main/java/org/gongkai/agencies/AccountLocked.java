package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** An account was locked after repeated failed sign-ins (Staff#MAX_FAILED_ATTEMPTS). */
public record AccountLocked(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.locked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
