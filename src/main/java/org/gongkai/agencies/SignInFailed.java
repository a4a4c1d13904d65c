package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/**
 * A console sign-in failed: wrong password, unknown user name, or a locked or disabled
 * account.
 */
public record SignInFailed(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.failed";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
