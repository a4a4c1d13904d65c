package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the day the agency was notified of the case was recorded or corrected:
 * the day it received the 答复通知书 (reconsideration) or the 应诉通知书 (litigation), from which
 * its term to answer runs.
 */
public record AppealNotified(long appealId, Long agencyId, String actor, Instant occurredAt, AppealKind kind,
		LocalDate notifiedOn, LocalDate before) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.notified";
	}

	@Override
	public String summary() {
		String what = kind.isLitigation() ? "收到应诉通知书（起诉状副本）" : "收到答复通知书（行政复议申请书副本）";
		return "登记" + what + "：" + notifiedOn + (before == null ? "" : "（原登记 " + before + "）");
	}

	@Override
	public String summaryCode() {
		return "history.appeal.notified" + (kind.isLitigation() ? "Litigation" : "Reconsideration")
				+ (before == null ? "" : "Changed");
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(notifiedOn, before);
	}

}
