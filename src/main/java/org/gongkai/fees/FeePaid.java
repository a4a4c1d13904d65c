package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when the payment of a fee notice was recorded. */
public record FeePaid(long noticeId, long requestId, Long agencyId, String actor, BigDecimal amountYuan,
		LocalDate paidOn, String receiptNumber) implements FeeEvent {

	@Override
	public String action() {
		return "fee.paid";
	}

	@Override
	public String summary() {
		return "%s 缴纳信息处理费 %s 元，票据号 %s".formatted(paidOn, amountYuan.toPlainString(), receiptNumber);
	}

	@Override
	public String summaryCode() {
		return "history.fee.paid";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(paidOn, amountYuan.toPlainString(), receiptNumber);
	}

}
