package org.gongkai;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.NewStaff;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.audit.AuditTrail;
import org.gongkai.calendar.CalendarYearWithdrawn;
import org.gongkai.fees.FeeNoticeServed;
import org.gongkai.reports.AnnualReports;
import org.gongkai.supervision.UrgingAnswered;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit trail page in the reader's language (issue 17 item 12) for the entries of the
 * agencies, calendar, fees, reports and supervision modules: in English they read in
 * English, in Chinese as the signed summary, and the chain still verifies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditTrailInEnglishIntegrationTests {

	/** The actions of the converted modules. */
	static final String CONVERTED = "(action like 'agency.%' or action like 'staff.%' or action like 'sign-in.%'"
			+ " or action like 'token.%' or action like 'calendar.%' or action like 'fee.%'"
			+ " or action like 'annual-report.%' or action like 'supervision.%')";

	static final String ACTIONS = "(agency|staff|sign-in|token|calendar|fee|annual-report|supervision)\\..*";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	AnnualReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void convertedEntriesReadInEnglishAndAsSignedInChineseAndTheChainVerifies() throws Exception {
		StaffPrincipal admin = Fixtures.signedIn(staff, "admin");
		long commerce = Fixtures.agency(agencies, "卧龙区商务局").getId();
		long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
		// the agencies module through its own services
		Staff clerk = administration.createStaff(admin,
				new NewStaff("audit.clerk", "审计 测试员", null, "Secret123x", Role.HANDLER, commerce));
		administration.grant(admin, clerk.getId(), Role.REVIEWER, commerce);
		administration.disable(admin, clerk.getId());
		// the others as their modules publish them
		events.publishEvent(new CalendarYearWithdrawn("admin", 2031, false));
		LocalDate on = LocalDate.of(2026, 3, 2);
		events.publishEvent(new FeeNoticeServed(9, 12, commerce, "handler", on, on.plusDays(20)));
		// the demo's published 2023 report, corrected and edited by the office head
		StaffPrincipal head = Fixtures.signedIn(staff, "head");
		int version = jdbc.sql("select max(version_no) from annual_report where agency_id = ? and report_year = 2023")
			.param(commerce)
			.query(Integer.class)
			.single() + 1;
		reports.correct(head, commerce, 2023, "表三数字有误");
		reports.edit(head, commerce, 2023, 5, "存在的主要问题及改进情况。");
		events.publishEvent(new UrgingAnswered(5, commerce, "head", on.atStartOfDay().toInstant(ZoneOffset.UTC)));

		Map<Long, String> english = summaries("en", before);
		assertThat(english.values()).containsExactly("Agency " + commerce + " answered reminder 5",
				"Annual report 2023, version " + version + ": text of part V edited",
				"Annual report 2023, version " + version + ": correction: 表三数字有误",
				"Annual report 2023, version " + version + ": corrected version started",
				"Fee notice served on 2026-03-02; payment due by 2026-03-22",
				"Holiday notice 2031: the loads by administrators withdrawn; the year has no holiday notice now",
				"audit.clerk: enabled → disabled", "audit.clerk given the role Reviewer in agency " + commerce,
				"Account audit.clerk created, no email, role Handler in agency " + commerce);
		Map<Long, String> chinese = summaries("zh", before);
		assertThat(chinese.keySet()).isEqualTo(english.keySet());
		chinese.forEach((seq, text) -> assertThat(text).isEqualTo(
				jdbc.sql("select summary from audit_entry where seq = ?").param(seq).query(String.class).single()));
		assertThat(chinese.values()).contains("audit.clerk：启用 → 停用", "2031 年撤回管理员载入的节假日安排，该年暂无节假日安排");

		AuditTrail.Verification verification = trail.verify();
		assertThat(verification.intact()).as(verification.message()).isTrue();
		// every entry these modules wrote in this context (the demo's included) has its
		// code
		assertThat(jdbc.sql("select count(*) from audit_entry where summary_code is null and " + CONVERTED)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemosEntriesOfTheConvertedModulesReadInEnglish() throws Exception {
		List<Element> rows = page("en", "demo").select("table.audit tbody tr")
			.stream()
			.filter(row -> row.select("td").get(4).text().matches(ACTIONS))
			.toList();
		assertThat(rows).isNotEmpty();
		for (Element row : rows) {
			Element summary = row.select("td").get(6);
			assertThat(summary.hasAttr("lang")).as(summary.text()).isFalse();
			assertThat(summary.text()).doesNotContainPattern("[\\u4e00-\\u9fff]");
		}
	}

	/**
	 * The summaries of the entries after {@code after} on the page in {@code lang},
	 * newest first.
	 */
	Map<Long, String> summaries(String lang, long after) throws Exception {
		Map<Long, String> found = new LinkedHashMap<>();
		for (Element row : page(lang, null).select("table.audit tbody tr")) {
			List<Element> cells = row.select("td");
			long seq = Long.parseLong(cells.get(0).text());
			if (seq > after) {
				assertThat(cells.get(6).hasAttr("lang")).as(cells.get(6).text()).isFalse();
				found.put(seq, cells.get(6).text());
			}
		}
		return found;
	}

	Document page(String lang, String actor) throws Exception {
		var request = get("/console/audit").param("lang", lang).with(user(Fixtures.signedIn(staff, "admin")));
		if (actor != null) {
			request.param("actor", actor);
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("html").attr("lang")).startsWith(lang);
		return page;
	}

}
