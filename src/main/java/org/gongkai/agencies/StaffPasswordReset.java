package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * An administrator set a new password for a staff member (the password itself is never
 * recorded).
 */
public record StaffPasswordReset(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.password-reset";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** The password of {@code username} reset. */
	static StaffPasswordReset of(String actor, Long agencyId, long staffId, String username) {
		return new StaffPasswordReset(actor, agencyId, Long.toString(staffId), username + "：密码已由管理员重置",
				"history.staff.passwordReset", Arrays.asList(username));
	}

}
