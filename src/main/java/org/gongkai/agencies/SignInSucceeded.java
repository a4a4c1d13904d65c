package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A staff member signed in to the console. */
public record SignInSucceeded(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.succeeded";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** {@code username} signed in. */
	static SignInSucceeded of(String username, Long agencyId, String subjectId) {
		return new SignInSucceeded(username, agencyId, subjectId, username + " 登录工作台", "history.signIn.succeeded",
				Arrays.asList(username));
	}

}
