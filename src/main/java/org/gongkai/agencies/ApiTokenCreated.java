package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/**
 * A staff member created a personal API token (recorded by name and prefix, never the
 * secret).
 */
public record ApiTokenCreated(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "token.created";
	}

	@Override
	public String subjectType() {
		return "api-token";
	}

	/**
	 * {@code owner} created token {@code tokenId} named {@code label}, of which
	 * {@code prefix} is shown.
	 */
	static ApiTokenCreated of(String owner, Long agencyId, long tokenId, String label, String prefix) {
		return new ApiTokenCreated(owner, agencyId, Long.toString(tokenId),
				owner + " 新建 API 令牌“" + label + "”（" + prefix + "…）", "history.token.created",
				Arrays.asList(owner, label, prefix));
	}

}
