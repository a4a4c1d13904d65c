package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

	@Override
	public String summaryCode() {
		return note == null ? "history.appeal.decided" : "history.appeal.decidedWithNote";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(
				new Label("appeal.disposition." + (kind.isLitigation() ? "litigation." : "reconsideration.")
						+ disposition.name(), disposition.label(kind)),
				new Label("appeal.result." + disposition.result().name(), disposition.result().label()), decidedOn,
				note);
	}

}
