package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A disabled staff account was enabled again (which also lifts a lockout). */
public record StaffEnabled(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.enabled";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/**
	 * {@code username} enabled again, from disabled or (when {@code wasEnabled}) locked.
	 */
	static StaffEnabled of(String actor, Long agencyId, long staffId, String username, boolean wasEnabled) {
		return new StaffEnabled(actor, agencyId, Long.toString(staffId),
				username + "：" + (wasEnabled ? "锁定" : "停用") + " → 启用",
				wasEnabled ? "history.staff.enabledFromLocked" : "history.staff.enabledFromDisabled",
				Arrays.asList(username));
	}

}
