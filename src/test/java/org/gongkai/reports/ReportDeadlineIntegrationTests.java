package org.gongkai.reports;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's deadline on the shared full-boot context (demo data, injected
 * clock): the reminders before it and once past it, each sent once per report and kind
 * and never for a published report, and the supervising office's late list in the console
 * and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportDeadlineIntegrationTests {

	@Autowired
	ReportDeadlineSweep sweep;

	@Autowired
	ReportSupervision supervision;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void forgetReminders() {
		// the claims commit in their own transactions, as in production
		TransactionTemplate own = new TransactionTemplate(this.transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		own.executeWithoutResult(status -> this.jdbc.sql("delete from annual_report_reminder").update());
		this.clock.followSystem();
	}

	@Test
	void agenciesWithoutAPublishedReportAreRemindedOncePerKindBeforeAndAfterTheDeadline() {
		long education = this.demo.agency("卧龙区教育局");
		long commerce = this.demo.agency("卧龙区商务局");
		this.clock.setDay(LocalDate.of(2024, 1, 10));
		// 21 days before the deadline: no lead reached yet
		assertThat(this.sweep.run()).isZero();
		assertThat(kinds(education)).isEmpty();

		this.clock.setDay(LocalDate.of(2024, 1, 20));
		assertThat(this.sweep.run()).isPositive();
		assertThat(kinds(education)).containsExactly("lead14:2024-01-31");
		// 卧龙区商务局's 2023 report is published (demo data): never reminded
		assertThat(kinds(commerce)).isEmpty();
		// the same day again, or a later day within the same lead: nothing more
		assertThat(this.sweep.run()).isZero();
		this.clock.setDay(LocalDate.of(2024, 1, 25));
		assertThat(this.sweep.run()).isZero();

		this.clock.setDay(LocalDate.of(2024, 1, 29));
		this.sweep.run();
		assertThat(kinds(education)).containsExactlyInAnyOrder("lead14:2024-01-31", "lead3:2024-01-31");

		this.clock.setDay(LocalDate.of(2024, 2, 1));
		this.sweep.run();
		this.clock.setDay(LocalDate.of(2024, 2, 9));
		this.sweep.run();
		assertThat(kinds(education)).containsExactlyInAnyOrder("lead14:2024-01-31", "lead3:2024-01-31",
				"overdue:2024-01-31");
		assertThat(kinds(commerce)).isEmpty();
	}

	@Test
	void theKindOfAReminderCountsCalendarDaysToTheDeadline() {
		LocalDate deadline = LocalDate.of(2025, 1, 31);
		assertThat(this.sweep.kind(deadline, LocalDate.of(2025, 1, 16))).isNull();
		assertThat(this.sweep.kind(deadline, LocalDate.of(2025, 1, 17))).isEqualTo("lead14:2025-01-31");
		assertThat(this.sweep.kind(deadline, LocalDate.of(2025, 1, 31))).isEqualTo("lead3:2025-01-31");
		assertThat(this.sweep.kind(deadline, LocalDate.of(2025, 2, 1))).isEqualTo("overdue:2025-01-31");
	}

	@Test
	void theLateListNamesTheAgenciesPastTheDeadlineWithoutAPublishedReport() throws Exception {
		long region = this.agencies.findById(this.demo.agency("卧龙区商务局")).orElseThrow().getParentId();
		this.clock.setDay(LocalDate.of(2024, 1, 31));
		assertThat(this.supervision.late(region, 2023, this.clock.today())).isEmpty();
		this.clock.setDay(LocalDate.of(2024, 2, 1));
		List<String> late = this.supervision.late(region, 2023, this.clock.today())
			.stream()
			.map(ReportSupervision.AgencyStatus::agency)
			.toList();
		assertThat(late).contains("卧龙区教育局", "卧龙区财政局").doesNotContain("卧龙区商务局");

		String page = this.mvc
			.perform(
					get("/console/annual-reports/supervision/" + region + "/2023").with(user(this.demo.staff("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String list = page.substring(page.indexOf("id=\"late-list\""),
				page.indexOf("</section>", page.indexOf("id=\"late-list\"")));
		assertThat(list).contains("卧龙区教育局", "卧龙区财政局", "2024-01-31").doesNotContain("卧龙区商务局");

		String json = this.mvc
			.perform(get("/api/v1/annual-report-supervision/" + region + "/2023").header("Authorization",
					this.demo.bearer("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lateJson = JsonPath.read(json, "$.late[*].agency");
		assertThat(lateJson).contains("卧龙区教育局", "卧龙区财政局").doesNotContain("卧龙区商务局");
		assertThat((String) JsonPath.read(json, "$.deadline")).isEqualTo("2024-01-31");
		List<String> published = JsonPath.read(json, "$.agencies[?(@.status == 'PUBLISHED')].agency");
		assertThat(published).containsExactly("卧龙区商务局");

		this.mvc.perform(get("/api/v1/annual-report-supervision/" + region + "/2023"))
			.andExpect(status().isUnauthorized());
	}

	private List<String> kinds(long agencyId) {
		return this.jdbc.sql("select kind from annual_report_reminder where agency_id = :agency and report_year = 2023")
			.param("agency", agencyId)
			.query(String.class)
			.list();
	}

}
