package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import org.gongkai.shared.ChineseBundles;

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
		ResourceBundle labels = ChineseBundles.of("i18n/consultations");
		return "收到留言（" + labels.getString(channelKey()) + "，" + labels.getString(typeKey()) + "），收到日期 " + receivedOn
				+ "，答复期限 " + dueOn;
	}

	@Override
	public String summaryCode() {
		return "history.consultation.received";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label(channelKey()), new Label(typeKey()), receivedOn, dueOn);
	}

	private String channelKey() {
		return "consultation.channel." + channel.name();
	}

	private String typeKey() {
		return "consultation.type." + type.name();
	}

}
