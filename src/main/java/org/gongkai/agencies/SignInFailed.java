package org.gongkai.agencies;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * A console sign-in failed: wrong password, unknown user name, or a locked or disabled
 * account.
 */
public record SignInFailed(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "sign-in.failed";
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	/** A sign-in with a user name that no account has, recorded masked. */
	static SignInFailed unknownUser(String maskedName) {
		return new SignInFailed("anonymous", null, "-", "未知用户名 " + maskedName, "history.signIn.unknownUser",
				Arrays.asList(maskedName));
	}

	/** A sign-in from {@code client} refused while sign-in from there is paused. */
	static SignInFailed whilePaused(String username, Long agencyId, String subjectId, String client, int failures) {
		return new SignInFailed(username, agencyId, subjectId, "登录暂停中，拒绝（来自 " + client + "，连续第 " + failures + " 次）",
				"history.signIn.whilePaused", Arrays.asList(client, failures));
	}

	/**
	 * A wrong password from {@code client}; {@code lockedUntil} when it paused sign-in
	 * from there, else {@code null}.
	 */
	static SignInFailed wrongPassword(String username, Long agencyId, String subjectId, String client, int failures,
			Instant lockedUntil) {
		String summary = "密码错误（来自 " + client + "，连续第 " + failures + " 次）"
				+ (lockedUntil == null ? "" : "，该地址暂停登录至 " + lockedUntil);
		return lockedUntil == null
				? new SignInFailed(username, agencyId, subjectId, summary, "history.signIn.wrongPassword",
						Arrays.asList(client, failures))
				: new SignInFailed(username, agencyId, subjectId, summary, "history.signIn.wrongPasswordPaused",
						Arrays.asList(client, failures, lockedUntil));
	}

	/** A sign-in to a locked ({@code locked}) or disabled account, refused. */
	static SignInFailed refused(String username, Long agencyId, String subjectId, boolean locked) {
		return locked
				? new SignInFailed(username, agencyId, subjectId, "账户已锁定，拒绝登录", "history.signIn.refusedLocked",
						List.of())
				: new SignInFailed(username, agencyId, subjectId, "账户已停用，拒绝登录", "history.signIn.refusedDisabled",
						List.of());
	}

	/**
	 * A sign-in whose password could not be checked, with the masked name and the cause.
	 */
	static SignInFailed serviceError(String maskedName, String cause) {
		return new SignInFailed("anonymous", null, "-", "登录时服务出错，未能核对密码（用户名 " + maskedName + "，" + cause + "）",
				"history.signIn.serviceError", Arrays.asList(maskedName, cause));
	}

}
