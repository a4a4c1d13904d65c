package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import java.util.Set;

import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

	@Autowired
	MockMvc mvc;

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

	@Test
	void anAgencysNoticesAreListedByWhereTheyStandToday() {
		today(LocalDate.of(2026, 9, 1));
		long education = agency("卧龙区教育局");
		long commerce = agency("卧龙区商务局");
		long issued = issue(901_001, education, 40);
		long awaiting = issue(901_002, education, 41);
		long overdue = issue(901_003, education, 42);
		long paid = issue(901_004, education, 43);
		long elsewhere = issue(901_005, commerce, 44);
		notices.recordService(overdue, 0, LocalDate.of(2026, 9, 1), "邮寄", "handler");
		today(LocalDate.of(2026, 10, 20));
		notices.recordService(awaiting, 0, LocalDate.of(2026, 10, 19), "电子邮件", "handler");
		notices.recordPayment(paid, 0, new FeeNotice.Payment(new BigDecimal("130"), LocalDate.of(2026, 10, 20), "R-9"),
				"handler");

		assertThat(notices.forAgency(education, null)).filteredOn(standing -> standing.notice().requestId() > 901_000)
			.extracting(standing -> standing.notice().id(), FeeNotices.Standing::status)
			.containsExactly(tuple(paid, FeeNotice.Status.PAID), tuple(overdue, FeeNotice.Status.OVERDUE),
					tuple(awaiting, FeeNotice.Status.AWAITING_PAYMENT), tuple(issued, FeeNotice.Status.ISSUED));
		assertThat(notices.forAgency(education, FeeNotice.Status.OVERDUE)).extracting(s -> s.notice().id())
			.contains(overdue)
			.doesNotContain(awaiting, issued, paid, elsewhere);
		assertThat(notices.forAgency(education, FeeNotice.Status.AWAITING_PAYMENT)).extracting(s -> s.notice().id())
			.contains(awaiting)
			.doesNotContain(overdue);
		assertThat(notices.forAgency(education, FeeNotice.Status.ISSUED)).extracting(s -> s.notice().id())
			.contains(issued)
			.doesNotContain(awaiting, elsewhere);
		assertThat(notices.forAgency(education, FeeNotice.Status.PAID)).extracting(s -> s.notice().id())
			.contains(paid)
			.doesNotContain(overdue);
	}

	@Test
	void theConsoleRecordsServiceAndPaymentOnceWithTheRuleNamedOnARefusal() throws Exception {
		today(LocalDate.of(2026, 9, 21));
		long education = agency("卧龙区教育局");
		long id = issue(901_100, education, 31);
		StaffPrincipal handler = new StaffPrincipal(990_001, "fee-handler", "承办人", null, true, false,
				Set.of(new RoleGrant(Role.HANDLER, education)));
		StaffPrincipal reviewer = new StaffPrincipal(990_002, "fee-reviewer", "审核人", null, true, false,
				Set.of(new RoleGrant(Role.REVIEWER, education)));

		mvc.perform(get("/console/fees/notices").param("agency", Long.toString(education)).with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已发出未送达"), containsString("notice-" + id))));
		mvc.perform(post("/console/fees/notices/{id}/service", id).param("version", "0")
			.param("receivedOn", "2026-09-20")
			.param("method", "邮寄")
			.with(user(handler))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("送达日期不能早于收费通知书的发出日期 2026-09-21"), containsString("fee.served.out-of-range"))));
		mvc.perform(post("/console/fees/notices/{id}/service", id).param("version", "0")
			.param("receivedOn", "2026-09-21")
			.param("method", "邮寄")
			.with(user(reviewer))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(notices.get(id).notice().service()).isNull();

		mvc.perform(post("/console/fees/notices/{id}/service", id).param("version", "0")
			.param("receivedOn", "2026-09-21")
			.param("method", "邮寄")
			.with(user(handler))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(post("/console/fees/notices/{id}/payment", id).param("version", "0")
			.param("amountYuan", "10")
			.param("paidOn", "2026-09-21")
			.param("receiptNumber", "R-1")
			.with(user(handler))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("stale-version")));
		mvc.perform(post("/console/fees/notices/{id}/payment", id).param("version", "1")
			.param("amountYuan", "10.00")
			.param("paidOn", "2026-09-21")
			.param("receiptNumber", "R-1")
			.with(user(handler))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(post("/console/fees/notices/{id}/payment", id).param("version", "2")
			.param("amountYuan", "10")
			.param("paidOn", "2026-09-21")
			.param("receiptNumber", "R-2")
			.with(user(handler))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("不能重复登记缴费"), containsString("fee.already-paid"))));

		FeeNotices.Standing standing = notices.get(id);
		assertThat(standing.status()).isEqualTo(FeeNotice.Status.PAID);
		assertThat(standing.notice().payment().receiptNumber()).isEqualTo("R-1");
		assertThat(standing.notice().version()).isEqualTo(2);
		mvc.perform(get("/console/fees/notices/{id}", id).with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已缴费"), containsString("财政票据号 R-1"),
					not(containsString("id=\"payment-form\"")))));
	}

	long issue(long requestId, long agencyId, int pages) {
		return notices
			.issue(new FeeNotices.NewFeeNotice(requestId, agencyId, FeeBasis.PER_PAGE, pages, null), CaseState.OPEN,
					"handler")
			.id();
	}

}
