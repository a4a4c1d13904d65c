package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/**
 * An administrator set a new password for a staff member (the password itself is never
 * recorded).
 */
public record StaffPasswordReset(String actor, Long agencyId, String subjectId,
		String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.password-reset";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
