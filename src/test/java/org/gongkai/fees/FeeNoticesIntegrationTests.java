package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fee notices and the per-applicant count in the database: issue, serve, pay once, the
 * overdue query, and refusals that change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FeeNoticesIntegrationTests {

	static final String ZHANG = "11010519491231002X";

	@Autowired
	FeeNotices notices;

	@Autowired
	ApplicationCounts counts;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long agency(String name) {
		return Fixtures.agencyId(agencies, name);
	}

	void today(LocalDate day) {
		((MutableClock) clock).setDay(day);
	}

	long rows() {
		return jdbc.sql("select count(*) from fee_notice").query(Long.class).single();
	}

	@Test
	void theTwelfthApplicationOfTheMonthAcrossAgenciesCostsOneHundredYuan() {
		today(LocalDate.of(2026, 3, 31));
		long commerce = agency("卧龙区商务局");
		long education = agency("卧龙区教育局");
		for (int i = 1; i <= 12; i++) {
			counts.register(900_000 + i, ZHANG, i % 2 == 0 ? commerce : education, LocalDate.of(2026, 3, i));
		}
		counts.register(900_100, ZHANG.toLowerCase(), commerce, LocalDate.of(2026, 2, 28));

		FeeNotice notice = notices.issue(
				new FeeNotices.NewFeeNotice(900_012, commerce, FeeBasis.PER_APPLICATION, null, null), CaseState.OPEN,
				"handler");

		assertThat(counts.countInMonth(ZHANG, YearMonth.of(2026, 3))).isEqualTo(12);
		assertThat(counts.ordinal(900_011)).contains(11);
		assertThat(notice.units()).isEqualTo(12);
		assertThat(notice.amountYuan()).isEqualByComparingTo("100");
		assertThat(notice.paymentInstructions()).isEqualTo(FeesProperties.DEFAULT_PAYMENT);
		assertThat(jdbc.sql("select count(*) from fee_counted_application where applicant_key = :k")
			.param("k", ZHANG)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anUnpaidNoticeIsOverdueOnlyAfterItsTerm() {
		today(LocalDate.of(2026, 9, 21));
		long commerce = agency("卧龙区商务局");
		FeeNotice notice = notices.issue(new FeeNotices.NewFeeNotice(900_200, commerce, FeeBasis.PER_PAGE, 250, "现场缴纳"),
				CaseState.OPEN, "handler");
		assertThat(notices.overdueUnpaid(900_200)).isFalse();

		today(LocalDate.of(2026, 9, 22));
		FeeNotices.Standing served = notices.recordService(notice.id(), 0, LocalDate.of(2026, 9, 22), "邮寄", "handler");
		assertThat(served.paymentDue()).isEqualTo(LocalDate.of(2026, 10, 27));
		assertThat(served.status()).isEqualTo(FeeNotice.Status.AWAITING_PAYMENT);

		today(LocalDate.of(2026, 10, 27));
		assertThat(notices.overdueUnpaid(900_200)).isFalse();
		today(LocalDate.of(2026, 10, 28));
		assertThat(notices.overdueUnpaid(900_200)).isTrue();
		assertThat(notices.overdueUnpaid(900_201)).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'fee-notice' and subject_id = :id")
			.param("id", Long.toString(notice.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void payingTwiceIsRefusedAndChangesNothing() {
		today(LocalDate.of(2026, 9, 21));
		long commerce = agency("卧龙区商务局");
		FeeNotice notice = notices.issue(new FeeNotices.NewFeeNotice(900_300, commerce, FeeBasis.PER_PAGE, 31, null),
				CaseState.OPEN, "handler");
		notices.recordPayment(notice.id(), null,
				new FeeNotice.Payment(new BigDecimal("10"), LocalDate.of(2026, 9, 21), "R-1"), "handler");

		assertThatThrownBy(() -> notices.recordPayment(notice.id(), null,
				new FeeNotice.Payment(new BigDecimal("10"), LocalDate.of(2026, 9, 21), "R-2"), "handler"))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.already-paid");
		FeeNotices.Standing standing = notices.get(notice.id());
		assertThat(standing.notice().payment().receiptNumber()).isEqualTo("R-1");
		assertThat(standing.notice().version()).isEqualTo(1);
		assertThat(standing.status()).isEqualTo(FeeNotice.Status.PAID);
		assertThat(notices.overdueUnpaid(900_300)).isFalse();
		assertThatThrownBy(() -> notices.recordService(notice.id(), 0, LocalDate.of(2026, 9, 21), "邮寄", "handler"))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void noNoticeForAnUnknownOrClosedCaseOrWithNegativePagesOrUnderASecondStandard() {
		today(LocalDate.of(2026, 9, 21));
		long commerce = agency("卧龙区商务局");
		long before = rows();

		assertThatThrownBy(() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_PAGE, 40, null),
				CaseState.UNKNOWN, "handler"))
			.isInstanceOf(InvalidInput.class)
			.extracting("code")
			.isEqualTo("fee.case-unknown");
		assertThatThrownBy(() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_PAGE, 40, null),
				CaseState.CLOSED, "handler"))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.case-closed");
		assertThatThrownBy(() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_PAGE, -1, null),
				CaseState.OPEN, "handler"))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::code)
						.containsExactly("fee.pages.negative"));
		assertThatThrownBy(
				() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_APPLICATION, null, null),
						CaseState.OPEN, "handler"))
			.isInstanceOf(InvalidInput.class)
			.extracting("code")
			.isEqualTo("fee.application-not-counted");
		assertThat(rows()).isEqualTo(before);

		notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_PAGE, 40, null), CaseState.OPEN, "handler");
		counts.register(1, ZHANG, commerce, LocalDate.of(2026, 9, 1));
		assertThatThrownBy(
				() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_APPLICATION, null, null),
						CaseState.OPEN, "handler"))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.one-standard-per-application");
		assertThatThrownBy(() -> notices.issue(new FeeNotices.NewFeeNotice(1, commerce, FeeBasis.PER_PAGE, 50, null),
				CaseState.OPEN, "handler"))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.notice-exists");
		assertThat(rows()).isEqualTo(before + 1);
		assertThat(notices.forRequest(1).orElseThrow().notice().amountYuan()).isEqualByComparingTo("100");
	}

}
