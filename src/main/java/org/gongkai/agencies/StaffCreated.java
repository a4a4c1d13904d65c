package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff account was created with its first role. */
public record StaffCreated(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.created";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
