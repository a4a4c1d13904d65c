package org.gongkai.appeals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Published when a case entered in error was voided; it no longer counts in table 四. */
public record AppealVoided(long appealId, Long agencyId, String actor, Instant occurredAt,
		String reason) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.voided";
	}

	@Override
	public String summary() {
		return "作废（误录）：" + reason;
	}

	@Override
	public String summaryCode() {
		return "history.appeal.voided";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(reason);
	}

}
