package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;

import org.gongkai.shared.AuditableEvent;

/** A staff member revoked one of their API tokens. */
public record ApiTokenRevoked(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "token.revoked";
	}

	@Override
	public String subjectType() {
		return "api-token";
	}

	/** {@code owner} revoked their token {@code tokenId}. */
	static ApiTokenRevoked of(String owner, Long agencyId, long tokenId) {
		return new ApiTokenRevoked(owner, agencyId, Long.toString(tokenId), owner + " 撤销 API 令牌 #" + tokenId,
				"history.token.revoked", Arrays.asList(owner, tokenId));
	}

}
