package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when a question was answered. */
public record QuestionAnswered(long questionId, Long agencyId, String actor, Instant occurredAt, LocalDate answeredOn,
		boolean inTerm) implements ConsultationEvent {

	@Override
	public String action() {
		return "consultation.answered";
	}

	@Override
	public String summary() {
		return "答复日期 " + answeredOn + (inTerm ? "，在期限内" : "，超过期限");
	}

	@Override
	public String summaryCode() {
		return inTerm ? "history.consultation.answeredInTerm" : "history.consultation.answeredLate";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(answeredOn);
	}

}
