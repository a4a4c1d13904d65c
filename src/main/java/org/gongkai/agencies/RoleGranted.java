package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff member was given a role in an agency. */
public record RoleGranted(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.role-granted";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
