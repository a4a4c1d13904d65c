package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A disabled staff account was enabled again (which also lifts a lockout). */
public record StaffEnabled(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.enabled";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
