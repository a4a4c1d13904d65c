package org.gongkai.agencies;

import org.gongkai.shared.AuditableEvent;

/** A staff member signed in to the console. */
public record SignInSucceeded(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.succeeded";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

}
