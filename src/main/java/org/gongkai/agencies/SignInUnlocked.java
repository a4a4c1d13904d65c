package org.gongkai.agencies;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * Sign-in to an account was allowed again after a pause: an administrator lifted it, or
 * the pause had run out and the right password was given from that address.
 */
public record SignInUnlocked(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.unlocked";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/**
	 * The pause of sign-in to {@code username} from {@code client} (until {@code until})
	 * ended by a sign-in after it ran out.
	 */
	static SignInUnlocked expired(Long agencyId, String subjectId, String username, String client, Instant until) {
		return new SignInUnlocked("system", agencyId, subjectId,
				username + " 在 " + client + " 的登录暂停（至 " + until + "）期满后登录成功，暂停解除", "history.signIn.pauseExpired",
				Arrays.asList(username, client, until));
	}

	/**
	 * An administrator lifted the pauses of sign-in to {@code username} from
	 * {@code lifted} addresses.
	 */
	static SignInUnlocked byAdministrator(String actor, Long agencyId, String subjectId, String username, int lifted) {
		return new SignInUnlocked(actor, agencyId, subjectId, username + "：管理员解除 " + lifted + " 个地址的登录暂停",
				lifted == 1 ? "history.signIn.unlockedOne" : "history.signIn.unlocked",
				Arrays.asList(username, lifted));
	}

}
