package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.reports.Finding;
import org.gongkai.reports.ReportCompiler;
import org.gongkai.shared.CaseFigures;
import org.gongkai.shared.Zones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo applications loaded with the demo agencies cover every stage the console
 * shows, and the year the statistics pages open on (the last closed year, issue 17):
 * applications received and disposed of in that year with the common outcomes, in time
 * and late, so that a new user's table 三 is not all zeros.
 */
class RequestDemoDataIntegrationTests extends RequestsIntegrationTest {

	/** The demo's applications closed last year, by applicant: whether closed in time. */
	static final Map<String, Boolean> CLOSED_LAST_YEAR = Map.of("赵慧敏", true, "南阳卧龙物流有限公司", true, "孙丽", true,
			"河南省商务经济研究所", true, "卧龙区老年人协会", true, "钱伟", true, "南阳宛东商贸有限公司", true, "河南卧龙律师事务所", false, "蒋涛", true, "沈静",
			true);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	CaseFigures figures;

	@Autowired
	ReportCompiler compiler;

	@Autowired
	WorkingCalendar calendar;

	@AfterEach
	void backToTheTestDay() {
		clock.setDay(TODAY);
	}

	@Test
	void demoApplicationsOfTheCommerceBureauCoverEveryStage() {
		List<String> statuses = jdbc.sql("""
				select distinct r.status from information_request r join agency a on a.id = r.agency_id
				where a.name = '卧龙区商务局'
				""").query(String.class).list();

		assertThat(statuses).contains("SUBMITTED", "AWAITING_CORRECTION", "IN_HANDLING", "IN_REVIEW", "ANSWERED",
				"CLOSED");
		assertThat(jdbc.sql("select count(*) from request_consultation").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from request_history h join information_request r on r.id = h.request_id")
			.query(Long.class)
			.single()).isPositive();
	}

	/**
	 * The demo was loaded on the day the context started, following the system clock; its
	 * last closed year is the one the statistics page opens on then.
	 */
	@Test
	void tableThreeOfTheDefaultYearCountsTheDemosApplicationsClosedThatYear() throws Exception {
		clock.followSystem();
		int year = clock.today().getYear() - 1;

		var page = mvc
			.perform(get("/console/requests/statistics").param("agencyId", Long.toString(commerce()))
				.with(user(staff("registrar"))))
			.andReturn()
			.getModelAndView()
			.getModel();
		assertThat(page.get("year")).isEqualTo(year);
		RequestStatistics.TableThree table = (RequestStatistics.TableThree) page.get("table");

		long closed = jdbc.sql("""
				select count(*) from information_request where agency_id = :agency
				 and status in ('ANSWERED', 'CLOSED', 'ARCHIVED') and closed_on >= :first and closed_on <= :last
				""")
			.param("agency", commerce())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
		assertThat(closed).isGreaterThanOrEqualTo(CLOSED_LAST_YEAR.size());
		assertThat(table.row("totalProcessed").total()).isEqualTo(closed);
		for (String row : List.of("granted", "partiallyGranted", "withheld.processInformation",
				"withheld.thirdPartyRights", "unavailable.notHeld", "unavailable.needsCreation",
				"notProcessed.petitionOrComplaint", "otherDisposal.correctionOverdue", "otherDisposal.other")) {
			assertThat(table.row(row).total()).as(row).isPositive();
		}
		assertThat(table.row("carriedForward").total()).as("the demo's application of 22 December").isPositive();
	}

	@Test
	void theDemosApplicationsOfLastYearWereHandledOnWorkingDaysAndAllButOneInTime() {
		clock.followSystem();
		int year = clock.today().getYear() - 1;

		Map<String, Boolean> inTime = new HashMap<>();
		jdbc.sql("""
				select applicant_name, received_on, closed_on, outcome, closed_in_time from information_request
				 where agency_id = :agency and closed_on >= :first and closed_on <= :last and applicant_name in (:names)
				""")
			.param("agency", commerce())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("names", CLOSED_LAST_YEAR.keySet())
			.query((rs, n) -> {
				String name = rs.getString("applicant_name");
				assertThat(calendar.isWorkingDay(rs.getObject("received_on", LocalDate.class))).as(name).isTrue();
				if (!Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE.name().equals(rs.getString("outcome"))) {
					// a lapsed correction is closed the day after its term, whatever day
					// that is
					assertThat(calendar.isWorkingDay(rs.getObject("closed_on", LocalDate.class))).as(name).isTrue();
				}
				return inTime.put(name, rs.getBoolean("closed_in_time"));
			})
			.list();
		assertThat(inTime).isEqualTo(CLOSED_LAST_YEAR);
		// their histories tell when they were received and disposed of, not when the demo
		// was
		// loaded (other tests may add steps today)
		List<Timestamp> steps = jdbc.sql("""
				select h.occurred_at from request_history h join information_request r on r.id = h.request_id
				 where r.agency_id = :agency and r.applicant_name in (:names) and h.action in
				 ('request.registered', 'request.answered', 'request.withdrawn', 'request.correction-lapsed')
				""")
			.param("agency", commerce())
			.param("names", CLOSED_LAST_YEAR.keySet())
			.query(Timestamp.class)
			.list();
		assertThat(steps).hasSize(CLOSED_LAST_YEAR.size() * 2)
			.allSatisfy(at -> assertThat(at.toInstant().atZone(Zones.BEIJING).getYear()).isEqualTo(year));

		// 督办: the year's on-time figures count the late reply as late.
		CaseFigures.Figures supervised = figures.forYear(List.of(commerce()), year, clock.today()).get(commerce());
		assertThat(supervised.closed()).isGreaterThanOrEqualTo(CLOSED_LAST_YEAR.size());
		assertThat(supervised.closed() - supervised.closedOnTime()).isPositive();
	}

	@Test
	void anAnnualReportCompiledFromTheRecordsOfThatYearPassesTheConsistencyRules() {
		clock.followSystem();
		int year = clock.today().getYear() - 1;

		var report = compiler.compile(commerce(), year, null);

		// Table 二 is entered by staff (the demo leaves it blank): every other error would
		// be
		// the records' own.
		assertThat(report.findings()
			.stream()
			.filter(Finding::isError)
			.filter(finding -> !"二".equals(finding.location().table()))
			.toList()).isEmpty();
	}

}
