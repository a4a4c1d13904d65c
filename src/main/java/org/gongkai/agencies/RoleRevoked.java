package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff member's role in an agency was withdrawn. */
public record RoleRevoked(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.role-revoked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
