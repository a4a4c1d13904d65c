package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a case's result was recorded.
 *
 * @param reopenedRequest the application reopened in the same transaction because of this
 * result, or {@code null}
 * @param note what happened to the linked application, in words
 */
public record AppealDecided(long appealId, Long agencyId, String actor, Instant occurredAt, AppealKind kind,
		Disposition disposition, LocalDate decidedOn, Long reopenedRequest, String note) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.decided";
	}

	@Override
	public String summary() {
		return "登记结果：" + disposition.label(kind) + "（" + disposition.result().label() + "），" + decidedOn
				+ (note == null ? "" : "；" + note);
	}

}
