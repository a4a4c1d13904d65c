package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when the reply was given with exactly one outcome. */
public record RequestAnswered(long requestId, Long agencyId, String actor, Instant occurredAt, Outcome outcome,
		LocalDate repliedOn, DeliveryMethod delivery) implements RequestEvent {

	@Override
	public String action() {
		return "request.answered";
	}

	@Override
	public String summary() {
		return "答复：" + outcome.label() + "，" + repliedOn + "，" + (delivery == null ? "" : ChineseLabels.of(delivery));
	}

	@Override
	public String summaryCode() {
		return delivery == null ? "history.request.answeredNoDelivery" : "history.request.answered";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label("request.outcome." + outcome.name(), outcome.label()), repliedOn,
				delivery == null ? "" : new Label("request.delivery." + delivery.name()));
	}

}
