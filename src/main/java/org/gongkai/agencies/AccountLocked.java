package org.gongkai.agencies;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * An account was locked after repeated failed sign-ins (Staff#MAX_FAILED_ATTEMPTS).
 */
public record AccountLocked(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.locked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/**
	 * Sign-in to {@code username} from {@code client} paused until {@code until} after
	 * {@code failures} wrong passwords in a row.
	 */
	static AccountLocked after(Long agencyId, String subjectId, String username, String client, int failures,
			Instant until) {
		return new AccountLocked("system", agencyId, subjectId,
				username + " 在 " + client + " 连续 " + failures + " 次登录失败，该地址暂停登录至 " + until, "history.signIn.locked",
				Arrays.asList(username, client, failures, until));
	}

}
