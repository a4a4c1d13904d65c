package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.calendar.Channel;

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

	@Override
	public String summary() {
		return "登记申请 " + trackingCode + "，渠道 " + ChineseLabels.of(channel)
				+ (receivedOn == null ? "，待确认收到" : "，收到日期 " + receivedOn);
	}

	@Override
	public String summaryCode() {
		return receivedOn == null ? "history.request.registeredUnconfirmed" : "history.request.registered";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(trackingCode, new Label("calendar.channel." + channel.name()), receivedOn);
	}

}
