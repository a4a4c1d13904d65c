package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.TestDatabases;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fees migration and the module's SQL on a real PostgreSQL server (production's
 * database); the other tests run them on H2.
 */
class FeesPostgresIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static JdbcClient jdbc;

	static long agency;

	static long otherAgency;

	@BeforeAll
	static void start() {
		jdbc = JdbcClient.create(TestDatabases.Kind.POSTGRESQL.migrated("fees"));
		jdbc.sql("insert into agency (kind, name) values ('AGENCY', '卧龙区商务局')").update();
		jdbc.sql("insert into agency (kind, name) values ('AGENCY', '卧龙区教育局')").update();
		List<Long> ids = jdbc.sql("select id from agency order by id").query(Long.class).list();
		agency = ids.get(0);
		otherAgency = ids.get(1);
	}

	@Test
	void countsIssuesServesPaysAndTotalsOnPostgres() {
		FeeCalculator calculator = new FeeCalculator(new FeeSchedules(List.of(FeeSchedule.national())),
				Fixtures.clockOn(TODAY), 10_000);
		ApplicationCounts counts = new ApplicationCounts(jdbc, Fixtures.clockOn(TODAY));
		FeeNotices notices = new FeeNotices(jdbc, calculator, counts, WorkingCalendar.shipped(),
				new FeesProperties(null, 10_000, FeesProperties.DEFAULT_PAYMENT), event -> {
				}, Fixtures.clockOn(TODAY));
		for (int i = 1; i <= 31; i++) {
			counts.register(i, "11010519491231002X", i % 2 == 0 ? agency : otherAgency, LocalDate.of(2026, 3, 1));
		}
		counts.register(31, "11010519491231002X", agency, LocalDate.of(2026, 3, 2));

		FeeNotice notice = notices.issue(new FeeNotices.NewFeeNotice(31, agency, FeeBasis.PER_APPLICATION, null, null),
				CaseState.OPEN, "handler");
		notices.recordService(notice.id(), 0, LocalDate.of(2026, 3, 20), "电子邮件", "handler");
		FeeNotices.Standing paid = notices.recordPayment(notice.id(), 1,
				new FeeNotice.Payment(new BigDecimal("200"), TODAY, "R-31"), "handler");

		assertThat(notice.units()).isEqualTo(31);
		assertThat(notice.amountYuan()).isEqualTo(new BigDecimal("200.00"));
		assertThat(paid.paymentDue()).isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(paid.status()).isEqualTo(FeeNotice.Status.PAID);
		assertThatThrownBy(() -> notices.recordPayment(notice.id(), null,
				new FeeNotice.Payment(new BigDecimal("200"), TODAY, "R-32"), "handler"))
			.isInstanceOf(RuleViolation.class);
		assertThat(new FeeStatistics(jdbc).forYear(agency, 2026))
			.isEqualTo(new FeeTotals(agency, 2026, 1, 1, new BigDecimal("200.00")));
		assertThat(new FeeStatistics(jdbc).forYear(otherAgency, 2026).collectedYuan()).isEqualByComparingTo("0");
	}

}
