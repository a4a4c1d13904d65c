package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when a step of Article 35 was recorded: the request for reasons, the
 * applicant's reasons, or the reasonable extended period.
 */
public record ExcessiveStepRecorded(long requestId, Long agencyId, String actor, Instant occurredAt, String action,
		String summary, String summaryCode, List<Object> summaryArgs) implements RequestEvent {

	static ExcessiveStepRecorded reasonsAsked(long requestId, Long agencyId, String actor, Instant occurredAt,
			LocalDate answerBy) {
		return new ExcessiveStepRecorded(requestId, agencyId, actor, occurredAt, "request.reasons-asked",
				"要求申请人于 " + answerBy + " 前说明理由（第三十五条）", "history.request.reasonsAsked", List.of(answerBy));
	}

	static ExcessiveStepRecorded reasonsRecorded(long requestId, Long agencyId, String actor, Instant occurredAt,
			LocalDate answeredOn) {
		return new ExcessiveStepRecorded(requestId, agencyId, actor, occurredAt, "request.reasons-recorded",
				"申请人于 " + answeredOn + " 说明理由", "history.request.reasonsRecorded", List.of(answeredOn));
	}

	/**
	 * The reasonable period: a due date, or a number of working days when no date is
	 * given.
	 */
	static ExcessiveStepRecorded reasonablePeriodSet(long requestId, Long agencyId, String actor, Instant occurredAt,
			LocalDate dueOn, Integer days) {
		String summary = "延迟答复的合理期限：" + (dueOn != null ? dueOn.toString() : days + " 个工作日") + "（第三十五条）";
		return dueOn != null
				? new ExcessiveStepRecorded(requestId, agencyId, actor, occurredAt, "request.reasonable-period-set",
						summary, "history.request.reasonablePeriodUntil", List.of(dueOn))
				: new ExcessiveStepRecorded(requestId, agencyId, actor, occurredAt, "request.reasonable-period-set",
						summary, "history.request.reasonablePeriodDays", List.of(days));
	}

}
