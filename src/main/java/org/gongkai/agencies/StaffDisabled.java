package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff account was disabled: it can no longer sign in or use its API tokens. */
public record StaffDisabled(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.disabled";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
