package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A staff account was disabled: it can no longer sign in or use its API tokens. */
public record StaffDisabled(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "staff.disabled";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** {@code username} disabled. */
	static StaffDisabled of(String actor, Long agencyId, long staffId, String username) {
		return new StaffDisabled(actor, agencyId, Long.toString(staffId), username + "：启用 → 停用",
				"history.staff.disabled", Arrays.asList(username));
	}

}
