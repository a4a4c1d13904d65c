package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a question was received, through the public form or entered by staff.
 */
public record QuestionReceived(long questionId, Long agencyId, String actor, Instant occurredAt,
		QuestionChannel channel, QuestionType type, LocalDate receivedOn,
		LocalDate dueOn) implements ConsultationEvent {

	@Override
	public String action() {
		return "consultation.received";
	}

	@Override
	public String summary() {
		return "收到留言（" + channel.code() + "，" + type.code() + "），收到日期 " + receivedOn + "，答复期限 " + dueOn;
	}

}
