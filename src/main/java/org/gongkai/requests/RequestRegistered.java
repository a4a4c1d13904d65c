package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.gongkai.calendar.Channel;
import org.gongkai.shared.Zones;

/**
 * Published when an application was registered: online (awaiting confirmation of receipt)
 * or by staff intake.
 */
public record RequestRegistered(long requestId, Long agencyId, String actor, Instant occurredAt, String trackingCode,
		Channel channel, LocalDate receivedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.registered";
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Override
	public String summary() {
		if (submittedByApplicant()) {
			return "提交申请 " + trackingCode + "，渠道 " + ChineseLabels.of(channel) + "，" + arrived() + " 到达，待确认收到";
		}
		return "登记申请 " + trackingCode + "，渠道 " + ChineseLabels.of(channel)
				+ (receivedOn == null ? "，待确认收到" : "，收到日期 " + receivedOn);
	}

	@Override
	public String summaryCode() {
		if (submittedByApplicant()) {
			return "history.request.submitted";
		}
		return receivedOn == null ? "history.request.registeredUnconfirmed" : "history.request.registered";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(trackingCode, new Label("calendar.channel." + channel.name()),
				submittedByApplicant() ? arrived() : receivedOn);
	}

	/**
	 * Whether the applicant sent it in themselves (the online form or the public API):
	 * the first step of its history is then the submission, which has arrived but is not
	 * received until the office confirms it (Art. 31).
	 */
	private boolean submittedByApplicant() {
		return receivedOn == null && Actor.PUBLIC.name().equals(actor);
	}

	/** The minute it arrived, in Beijing time whatever the server's zone. */
	private String arrived() {
		return MINUTE.format(occurredAt.atZone(Zones.BEIJING));
	}

}
