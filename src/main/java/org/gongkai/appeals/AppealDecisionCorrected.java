package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return "history.appeal." + (disposition == null ? "decisionWithdrawn" : "decisionCorrected")
				+ (note == null ? "" : "WithNote");
	}

	@Override
	public List<Object> summaryArgs() {
		List<Object> args = new ArrayList<>(Arrays.asList(disposition(previous), previousDecidedOn));
		if (disposition != null) {
			args.addAll(Arrays.asList(disposition(disposition),
					new Label("appeal.result." + disposition.result().name(), disposition.result().label()),
					decidedOn));
		}
		args.add(reason);
		if (note != null) {
			args.add(note);
		}
		return args;
	}

	private Label disposition(Disposition which) {
		return new Label(
				"appeal.disposition." + (kind.isLitigation() ? "litigation." : "reconsideration.") + which.name(),
				which.label(kind));
	}

}
