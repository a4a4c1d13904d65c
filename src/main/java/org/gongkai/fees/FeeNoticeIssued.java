package org.gongkai.fees;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Published when a fee notice was issued for an application. */
public record FeeNoticeIssued(long noticeId, long requestId, Long agencyId, String actor, FeeBasis basis,
		BigDecimal amountYuan) implements FeeEvent {

	@Override
	public String action() {
		return "fee.notice-issued";
	}

	@Override
	public String summary() {
		return "申请 %d 发出收费通知书（%s），金额 %s 元".formatted(requestId, basis == FeeBasis.PER_APPLICATION ? "按件" : "按量",
				amountYuan.toPlainString());
	}

	@Override
	public String summaryCode() {
		return "history.fee.noticeIssued";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(requestId,
				new Label("history.fee.basis." + basis.parameter(), basis == FeeBasis.PER_APPLICATION ? "按件" : "按量"),
				amountYuan.toPlainString());
	}

}
