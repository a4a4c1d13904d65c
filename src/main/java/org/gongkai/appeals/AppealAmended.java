package org.gongkai.appeals;

import java.time.Instant;

/**
 * Published when the facts of a case were amended; {@code changes} lists each changed
 * field as before → after.
 */
public record AppealAmended(long appealId, Long agencyId, String actor, Instant occurredAt,
		String changes) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.amended";
	}

	@Override
	public String summary() {
		return "修改案件信息：" + changes;
	}

}
