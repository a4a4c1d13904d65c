package org.gongkai.fees;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Published when the service of a fee notice was recorded; the payment term starts the
 * next day.
 */
public record FeeNoticeServed(long noticeId, long requestId, Long agencyId, String actor, LocalDate receivedOn,
		LocalDate paymentDue) implements FeeEvent {

	@Override
	public String action() {
		return "fee.notice-served";
	}

	@Override
	public String summary() {
		return "收费通知书于 %s 送达，缴费期限至 %s".formatted(receivedOn, paymentDue);
	}

	@Override
	public String summaryCode() {
		return "history.fee.noticeServed";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(receivedOn, paymentDue);
	}

}
