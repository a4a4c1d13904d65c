package org.gongkai.reports.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.CaseFacts;
import org.gongkai.appeals.ContestedAct;
import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.ApplicantColumn;
import org.gongkai.reports.ApplicationRow;
import org.gongkai.reports.ReportSupervision;
import org.gongkai.reports.AppealColumn;
import org.gongkai.reports.AppealGroup;
import org.gongkai.requests.ApplicantType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages of the annual report on the suite's shared full-boot context (H2,
 * demo data): the report with its findings, the narrative editor and the workflow buttons
 * with the role rules of AnnualReports, and the supervising office's status page. Each
 * test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnnualReportConsolePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	@Autowired
	Agencies agencies;

	@Autowired
	MutableClock clock;

	@Autowired
	AnnualReports reports;

	@Autowired
	AppealHandling appeals;

	@Autowired
	ReportSupervision supervision;

	@BeforeEach
	void startToday() {
		this.clock.setDay(LocalDate.of(2025, 3, 3));
	}

	@Test
	void theReportPageShowsTheFindingsBesideTheTablesAndTheEditorOfTheDraft() throws Exception {
		long agency = this.demo.commerce();
		String page = "/console/annual-reports/" + agency + "/2024";
		StaffPrincipal handler = this.demo.staff("handler");
		this.mvc.perform(get(page).with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("尚未开始编制"), containsString("开始编制"),
					containsString("finding error"), containsString("R-5"), not(containsString("narrative-editor")))));
		this.mvc.perform(post(page + "/start").with(user(handler)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", true));
		this.mvc.perform(post(page + "/sections/1").param("text", "本年度依申请公开工作平稳有序。").with(user(handler)).with(csrf()))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("草稿"), containsString("narrative-editor"),
					containsString("本年度依申请公开工作平稳有序。"), containsString("提交审核"))));
		this.mvc.perform(post(page + "/submit").with(user(handler)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refusal", containsString("R-5")));
		this.mvc.perform(post(page + "/sections/1").param("text", "全年收到依申请公开 999 件。").with(user(handler)).with(csrf()))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(handler)))
			.andExpect(content().string(allOf(containsString("R-6"), containsString("class=\"cell-error\""))));
	}

	@Test
	void onlyTheOfficeHeadCorrectsAndACorrectionNeedsAReason() throws Exception {
		long agency = this.demo.commerce();
		String page = "/console/annual-reports/" + agency + "/2023";
		this.mvc.perform(get(page).with(user(this.demo.staff("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已发布"), containsString("correction-reason"))));
		this.mvc
			.perform(
					post(page + "/correct").param("reason", "更正表三").with(user(this.demo.staff("handler"))).with(csrf()))
			.andExpect(flash().attribute("refusal", containsString("公开办负责人")));
		this.mvc.perform(post(page + "/correct").param("reason", " ").with(user(this.demo.staff("head"))).with(csrf()))
			.andExpect(flash().attributeExists("refusal"));
		this.mvc
			.perform(post(page + "/correct").param("reason", "更正表三").with(user(this.demo.staff("head"))).with(csrf()))
			.andExpect(flash().attribute("done", true));
		this.mvc.perform(get(page).with(user(this.demo.staff("head"))))
			.andExpect(content().string(allOf(containsString("版本 2"), containsString("草稿"))));
	}

	@Test
	void theSupervisingOfficeSeesItsAgenciesAndTheExportLink() throws Exception {
		long region = this.agencies.findById(this.demo.commerce()).orElseThrow().getParentId();
		this.mvc
			.perform(
					get("/console/annual-reports/supervision/" + region + "/2023").with(user(this.demo.staff("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("卧龙区商务局"), containsString("已发布"), containsString("逾期未发布"),
					containsString("/console/annual-reports/supervision/" + region + "/2023.xlsx"))));
	}

	@Test
	void theFindingsOfTablesTwoAndFourAreShownBesideTheirCells() throws Exception {
		String page = this.mvc
			.perform(get("/console/annual-reports/" + this.demo.commerce() + "/2024")
				.with(user(this.demo.staff("handler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String two = between(page, "id=\"table-2\"", "</table>");
		// table 二's figures nobody recorded are R-5 errors, marked on their cells
		assertThat(two).contains("class=\"cell-error\"", "class=\"cell-finding\">R-5</sup>");
		assertThat(between(page, "id=\"table-4\"", "</table>")).doesNotContain("cell-error");
	}

	@Test
	void aPublished2020ReportIsShownInTheTrialLayoutWithItsWarningsAndTheirReasons() throws Exception {
		long agency = this.demo.commerce();
		this.reports.publishAsDrafted(agency, 2020, "system").orElseThrow();
		String page = this.mvc.perform(get("/annual-reports/" + agency + "/2020"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("本年新制作数量", "其他对外管理服务事项", "政府集中采购", "（六）其他处理").doesNotContain("本年制发件数", "3.其他");
		// the all-zero year's warning is listed with the reason recorded at sign-off
		assertThat(between(page, "id=\"warnings\"", "</section>")).contains("W-all-zero", "核实说明：演示数据：已核实");
		byte[] docx = this.mvc.perform(get("/api/v1/annual-reports/" + agency + "/2020.docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getTables().get(0).getText()).contains("本年新制作数量", "政府集中采购");
		}
	}

	@Test
	void aLateEnteredAppealOfTheLockedYearIsFlaggedOnTheReportAndTheCorrectionCountsIt() throws Exception {
		long agency = this.demo.commerce();
		String page = "/console/annual-reports/" + agency + "/2023";
		// after the demo's sign-off, made when the context started
		this.clock.followSystem();
		this.clock.setDay(this.clock.today().plusDays(30));
		this.appeals.register(this.demo.staff("handler"),
				new AppealHandling.NewAppeal(agency, AppealKind.RECONSIDERATION, null, null, "旧申请 2023-05",
						ApplicantType.NATURAL_PERSON, "李四", LocalDate.of(2023, 5, 1),
						new CaseFacts("南阳市卧龙区人民政府", "卧政复〔2023〕9 号", LocalDate.of(2023, 6, 1), ContestedAct.REPLY, null),
						null));
		String shown = this.mvc.perform(get(page).with(user(this.demo.staff("head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(between(shown, "id=\"corrections-called-for\"", "</section>")).contains("卧政复〔2023〕9 号", "handler");
		// the published figures stay as signed off until the correction
		assertThat(between(shown, "id=\"table-4\"", "</table>")).doesNotContain(">1<");
		assertThat(shown).contains("签发后登记：");
		this.mvc
			.perform(post(page + "/correct").param("reason", "签发后登记复议案件卧政复〔2023〕9 号")
				.with(user(this.demo.staff("head")))
				.with(csrf()))
			.andExpect(flash().attribute("done", true));
		AnnualReports.Shown correction = this.reports.show(agency, 2023,
				this.reports.latest(agency, 2023).orElseThrow());
		assertThat(correction.version().versionNo()).isEqualTo(2);
		assertThat(correction.compiled().report().appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL)).isEqualTo(1);
		assertThat(correction.compiled().report().appeal(AppealGroup.RECONSIDERATION, AppealColumn.PENDING))
			.isEqualTo(1);
	}

	@Test
	void theSupervisingOfficesOwnReportCanIncludeTheSumsOfItsAgencies() throws Exception {
		long commerce = this.demo.commerce();
		long region = this.agencies.findById(commerce).orElseThrow().getParentId();
		long office = this.agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区人民政府办公室"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
		String page = "/console/annual-reports/" + office + "/2023";
		StaffPrincipal supervisor = this.demo.staff("supervisor");
		this.mvc.perform(post(page + "/start").with(user(supervisor)).with(csrf()))
			.andExpect(flash().attribute("done", true));
		this.mvc.perform(get(page).with(user(supervisor)))
			.andExpect(content().string(allOf(containsString("subordinates-option"), containsString("汇总所属部门（单位）的数据"))));
		this.mvc.perform(post(page + "/subordinates").param("include", "true").with(user(supervisor)).with(csrf()))
			.andExpect(flash().attribute("done", true));

		AnnualReports.Shown shown = this.reports.show(office, 2023, this.reports.latest(office, 2023).orElseThrow());
		assertThat(shown.version().includesSubordinates()).isTrue();
		AnnualReport sum = this.supervision.regionTable(region, 2023).report();
		AnnualReport own = shown.compiled().report();
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				assertThat(own.application(row, column)).isEqualTo(sum.application(row, column));
			}
		}
		assertThat(own.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL))
			.isEqualTo(sum.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL));
		assertThat(own.section(1).text())
			.startsWith("本报告表二、表三、表四及正文中的统计数据为本级及所属 " + this.reports.subordinates(office).size() + " 个部门（单位）的汇总数。");
		assertThat(this.reports.subordinates(office)).contains(commerce).doesNotContain(office);
		this.mvc.perform(get(page).with(user(supervisor))).andExpect(content().string(containsString("本级及所属")));

		// an agency's report cannot sum anything
		String commercePage = "/console/annual-reports/" + commerce + "/2024";
		this.mvc.perform(post(commercePage + "/start").with(user(this.demo.staff("handler"))).with(csrf()));
		this.mvc
			.perform(post(commercePage + "/subordinates").param("include", "true")
				.with(user(this.demo.staff("handler")))
				.with(csrf()))
			.andExpect(flash().attribute("refusal", containsString("主管部门")));
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return page.substring(start, page.indexOf(to, start));
	}

}
