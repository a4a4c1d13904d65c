package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when a question and its answer went on the portal, personal data removed. */
public record QuestionPublished(long questionId, Long agencyId, String actor, Instant occurredAt,
		LocalDate publishedOn) implements ConsultationEvent {

	@Override
	public String action() {
		return "consultation.published";
	}

	@Override
	public String summary() {
		return "经留言人同意，去除个人信息后公开，公开日期 " + publishedOn;
	}

	@Override
	public String summaryCode() {
		return "history.consultation.published";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(publishedOn);
	}

}
