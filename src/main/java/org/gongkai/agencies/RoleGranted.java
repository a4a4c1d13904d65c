package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A staff member was given a role in an agency. */
public record RoleGranted(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.role-granted";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** {@code username} given {@code role} in agency {@code agencyId}. */
	static RoleGranted of(String actor, long agencyId, long staffId, String username, Role role) {
		return new RoleGranted(actor, agencyId, Long.toString(staffId), username + " 获得角色 " + role + "@" + agencyId,
				"history.staff.roleGranted", Arrays.asList(username, StaffCreated.label(role), agencyId));
	}

}
