package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a recorded result was corrected (entered wrongly, or changed on a later
 * instance), or withdrawn so that the case is pending again ({@code disposition}
 * {@code null}).
 */
public record AppealDecisionCorrected(long appealId, Long agencyId, String actor, Instant occurredAt, AppealKind kind,
		Disposition previous, LocalDate previousDecidedOn, Disposition disposition, LocalDate decidedOn, String reason,
		Long reopenedRequest, String note) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.decision-corrected";
	}

	@Override
	public String summary() {
		String after = disposition == null ? "尚未审结"
				: disposition.label(kind) + "（" + disposition.result().label() + "），" + decidedOn;
		return "更正结果：" + previous.label(kind) + "，" + previousDecidedOn + " → " + after + "；理由：" + reason
				+ (note == null ? "" : "；" + note);
	}

}
