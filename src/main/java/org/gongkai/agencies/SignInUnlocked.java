package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/**
 * Sign-in to an account was allowed again after a pause: an administrator lifted it, or
 * the pause had run out and the right password was given from that address.
 */
public record SignInUnlocked(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.unlocked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
