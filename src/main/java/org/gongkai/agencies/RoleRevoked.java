package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A staff member's role in an agency was withdrawn. */
public record RoleRevoked(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.role-revoked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** {@code role} in agency {@code agencyId} withdrawn from {@code username}. */
	static RoleRevoked of(String actor, long agencyId, long staffId, String username, Role role) {
		return new RoleRevoked(actor, agencyId, Long.toString(staffId), username + " 被撤销角色 " + role + "@" + agencyId,
				"history.staff.roleRevoked", Arrays.asList(username, StaffCreated.label(role), agencyId));
	}

}
