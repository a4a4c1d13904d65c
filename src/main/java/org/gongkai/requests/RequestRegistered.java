package org.gongkai.requests;

import org.gongkai.calendar.Channel;

/** Published when an application was registered: online (awaiting confirmation of receipt) or by staff intake. */
public record RequestRegistered(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, String trackingCode, Channel channel, java.time.LocalDate receivedOn) implements RequestEvent {

	@Override
	public String action() {
		return "request.registered";
	}

	@Override
	public String summary() {
		return "登记申请 " + trackingCode + "，渠道 " + channel + (receivedOn == null ? "，待确认收到" : "，收到日期 " + receivedOn);
	}

}
