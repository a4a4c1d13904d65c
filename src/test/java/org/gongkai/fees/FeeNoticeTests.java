package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fee notice's verbs and its standing, without Spring and with fixed days. */
class FeeNoticeTests {

	static final LocalDate ISSUED = LocalDate.of(2026, 9, 21);

	final WorkingCalendar calendar = WorkingCalendar.shipped();

	FeeNotice issued() {
		FeeAssessment assessment = Fixtures.nationalCalculator().assess(FeeBasis.PER_PAGE, 250, ISSUED);
		return FeeNotice.issue(7, 3, assessment, FeeNotices.describe(assessment), "缴入国库", ISSUED, "handler");
	}

	LocalDate due(LocalDate receivedOn) {
		return calendar.nthWorkingDayAfter(receivedOn, StatutoryTerms.FEE_PAYMENT_DAYS);
	}

	@Test
	void theNoticeStatesBasisStandardAndAmount() {
		FeeNotice notice = issued();

		assertThat(notice.amountYuan()).isEqualByComparingTo("4700");
		assertThat(notice.standard()).contains("国办函〔2020〕109号", "按量计收，共 250 页", "第201–250页每页 40 元");
		assertThat(notice.status(null, ISSUED)).isEqualTo(FeeNotice.Status.ISSUED);
	}

	@Test
	void theTermRunsTwentyWorkingDaysFromTheDayAfterReceiptAcrossNationalDay() {
		// Received Tuesday 22 September 2026, day 1 is the 23rd; 中秋 and 国庆 are off, the
		// make-up Saturday 10 October counts: day 20 is 27 October.
		FeeNotice served = issued().serve(LocalDate.of(2026, 9, 22), "邮寄", LocalDate.of(2026, 9, 25));
		LocalDate due = served.paymentDue(this::due);

		assertThat(due).isEqualTo(LocalDate.of(2026, 10, 27));
		assertThat(served.status(due, due)).isEqualTo(FeeNotice.Status.AWAITING_PAYMENT);
		assertThat(served.status(due, due.plusDays(1))).isEqualTo(FeeNotice.Status.OVERDUE);
	}

	@Test
	void serviceIsRecordedOnceAndNotBeforeTheNoticeOrInTheFuture() {
		FeeNotice served = issued().serve(ISSUED, "当面", ISSUED);

		assertThatThrownBy(() -> served.serve(ISSUED, "当面", ISSUED)).isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.already-served");
		assertThatThrownBy(() -> issued().serve(ISSUED.minusDays(1), "邮寄", ISSUED)).isInstanceOf(InvalidInput.class)
			.extracting("code")
			.isEqualTo(FeeNotice.INVALID);
		assertThatThrownBy(() -> issued().serve(ISSUED.plusDays(1), " ", ISSUED)).isInstanceOfSatisfying(
				InvalidInput.class, e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::code)
					.containsExactly("fee.served.out-of-range", "fee.served.method"));
	}

	@Test
	void paymentIsRecordedOnceAndPayingTwiceIsRefused() {
		FeeNotice paid = issued().serve(ISSUED, "当面", ISSUED)
			.pay(new FeeNotice.Payment(new BigDecimal("4700"), ISSUED, " 0012345 "), ISSUED);

		assertThat(paid.payment().receiptNumber()).isEqualTo("0012345");
		assertThat(paid.payment().amountYuan()).isEqualTo(new BigDecimal("4700.00"));
		assertThat(paid.status(LocalDate.of(2026, 10, 20), LocalDate.of(2027, 1, 1))).isEqualTo(FeeNotice.Status.PAID);
		assertThatThrownBy(() -> paid.pay(new FeeNotice.Payment(new BigDecimal("4700"), ISSUED, "0012346"), ISSUED))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.already-paid");
	}

	@Test
	void aPaymentOfAnotherAmountOrWithoutReceiptIsRefused() {
		assertThatThrownBy(
				() -> issued().pay(new FeeNotice.Payment(new BigDecimal("4600"), ISSUED.minusDays(1), ""), ISSUED))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::code)
						.containsExactly("fee.paid.amount", "fee.paid.out-of-range", "fee.paid.receipt"));
	}

}
