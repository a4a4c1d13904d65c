package org.gongkai.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ReportingYears;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report on the suite's shared full-boot context (H2, demo data): the demo's
 * 2023 report compiled from the records equals the seed cell by cell and is published on
 * first start; the workflow from draft to publication and correction; the year lock. Each
 * test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnnualReportsIntegrationTests {

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportCompiler compiler;

	@Autowired
	ReportingYears years;

	@Autowired
	Agencies agencies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportSupervision supervision;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	@BeforeEach
	void startToday() {
		this.clock.setDay(LocalDate.of(2025, 3, 3));
	}

	@Test
	void demoRecordsOfCommerce2023CompileToTheSeedCellByCell() {
		ReportCompiler.Compiled compiled = this.compiler.compile(this.demo.commerce(), 2023, null);
		AnnualReport seed = new ReportChecker().check("seed.txt", SeedReportTests.seed()).report();
		seed.sections.clear();
		AnnualReport report = compiled.report();
		report.sections.clear();
		assertThat(ReportJson.report(report)).isEqualTo(ReportJson.report(seed));
		assertThat(compiled.fields()).containsEntry("website", "45").containsEntry("wechat", "1128");
		assertThat(compiled.hasErrors()).isFalse();
	}

	@Test
	void theDemosReportOf2023IsPublishedOnFirstStartAndLocksTheYear() {
		AnnualReports.Version published = this.reports.published(this.demo.commerce(), 2023).orElseThrow();
		assertThat(published.versionNo()).isEqualTo(1);
		assertThat(published.frozen()).isTrue();
		assertThat(this.reports.publishedReports(null)).extracting(AnnualReports.Published::agency).contains("卧龙区商务局");
		AnnualReport shown = this.reports.show(this.demo.commerce(), 2023, published).compiled().report();
		assertThat(shown.section(1).text()).contains("网站发布信息 45 条", "微信公众号推送 1128 条信息");
		assertThat(this.years.isLocked(this.demo.commerce(), 2023)).isTrue();
		assertThat(this.years.isLocked(this.demo.commerce(), 2024)).isFalse();
	}

	@Test
	void draftReviewSignOffPublishAndCorrectionKeepEveryVersionReadable() {
		long agency = this.demo.commerce();
		StaffPrincipal handler = this.demo.staff("handler");
		StaffPrincipal head = this.demo.staff("head");
		recordTableTwo(agency, 2024);
		this.reports.start(handler, agency, 2024);
		this.reports.edit(handler, agency, 2024, 5, "{{year}}年存在的主要问题：公开时效性有待加强。");
		assertThatThrownBy(() -> this.reports.signOff(head, agency, 2024, Map.of())).isInstanceOf(RuleViolation.class);
		this.reports.submit(handler, agency, 2024);
		assertThatThrownBy(() -> this.reports.edit(handler, agency, 2024, 1, "改")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能修改");
		assertThatThrownBy(() -> this.reports.signOff(handler, agency, 2024, Map.of()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("公开办负责人");
		AnnualReports.Shown shown = this.reports.show(agency, 2024, this.reports.latest(agency, 2024).orElseThrow());
		assertThatThrownBy(() -> this.reports.signOff(head, agency, 2024, Map.of())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("核实说明");
		Map<String, String> reasons = new HashMap<>();
		shown.compiled().findings().forEach(finding -> reasons.put(AnnualReports.warningKey(finding), "已核实"));
		this.reports.signOff(head, agency, 2024, reasons);
		assertThat(this.years.isLocked(agency, 2024)).isTrue();
		assertThatThrownBy(() -> this.years.checkOpen(agency, LocalDate.of(2024, 12, 30))).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(ReportingYears.LOCKED));
		this.years.checkOpen(agency, LocalDate.of(2025, 1, 2));
		AnnualReports.Version published = this.reports.publish(head, agency, 2024);
		assertThat(published.state()).isEqualTo(AnnualReports.State.PUBLISHED);
		assertThatThrownBy(() -> this.reports.edit(handler, agency, 2024, 1, "改")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.reports.correct(head, agency, 2024, " ")).isInstanceOf(RuleViolation.class);
		AnnualReports.Version correction = this.reports.correct(head, agency, 2024, "第五部分表述有误");
		assertThat(correction.versionNo()).isEqualTo(2);
		assertThat(correction.correctionReason()).isEqualTo("第五部分表述有误");
		assertThat(correction.texts().problems()).contains("公开时效性有待加强");
		this.reports.edit(handler, agency, 2024, 5, "{{year}}年存在的主要问题：公开渠道有待拓宽。");
		this.reports.submit(handler, agency, 2024);
		this.reports.signOff(head, agency, 2024, reasons);
		this.reports.publish(head, agency, 2024);
		assertThat(this.reports.versions(agency, 2024)).extracting(AnnualReports.Version::state)
			.containsExactly(AnnualReports.State.PUBLISHED, AnnualReports.State.SUPERSEDED);
		AnnualReports.Version old = this.reports.version(agency, 2024, 1);
		assertThat(this.reports.show(agency, 2024, old).compiled().report().section(5).text())
			.isEqualTo("2024年存在的主要问题：公开时效性有待加强。");
	}

	@Test
	void aReportWithAnErrorCannotBeSubmittedOrSignedOff() {
		long agency = this.demo.commerce();
		StaffPrincipal handler = this.demo.staff("handler");
		this.reports.start(handler, agency, 2024);
		assertThatThrownBy(() -> this.reports.submit(handler, agency, 2024)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("R-5 表二「行政许可」未填数字");
		recordTableTwo(agency, 2024);
		this.reports.edit(handler, agency, 2024, 1, "全年收到依申请公开 999 件。");
		assertThatThrownBy(() -> this.reports.submit(handler, agency, 2024)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("R-6");
		AnnualReports.Shown shown = this.reports.show(agency, 2024, this.reports.latest(agency, 2024).orElseThrow());
		assertThat(shown.compiled().at("三", "newlyReceived", "total")).extracting(Finding::rule).contains("R-6");
	}

	@Test
	void theSupervisingOfficeSeesEachAgencysStatusAndTheRegionTableSumsTheirTables() {
		long region = this.agencies.findById(this.demo.commerce()).orElseThrow().getParentId();
		List<ReportSupervision.AgencyStatus> statuses = this.supervision.statuses(region, 2023,
				LocalDate.of(2025, 3, 3));
		assertThat(statuses).filteredOn(status -> status.agency().equals("卧龙区商务局"))
			.singleElement()
			.satisfies(status -> assertThat(status.status()).isEqualTo(ReportSupervision.Status.PUBLISHED));
		assertThat(statuses).filteredOn(status -> !status.agency().equals("卧龙区商务局"))
			.allSatisfy(status -> assertThat(status.status()).isEqualTo(ReportSupervision.Status.LATE));
		assertThat(this.supervision.statuses(region, 2024, LocalDate.of(2025, 1, 20)))
			.allSatisfy(status -> assertThat(status.late()).isFalse());
		assertThat(this.supervision.deadline(region, 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
		ReportCompiler.Compiled table = this.supervision.regionTable(region, 2024);
		int received = 0;
		for (Agency agency : this.supervision.agenciesOf(region)) {
			received += this.compiler.compile(agency.getId(), 2024, null)
				.report()
				.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
		}
		assertThat(table.report().application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL))
			.isEqualTo(received);
		assertThat(table.findings()).extracting(Finding::rule).doesNotContain("R-OFF-1", "R-1", "R-2", "R-3");
	}

	@Test
	void publishedReportsAreListedAndDownloadableWithoutAToken() throws Exception {
		long agency = this.demo.commerce();
		String base = "/api/v1/annual-reports/" + agency + "/2023";
		this.mvc.perform(get("/api/v1/annual-reports"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.agency.name == '卧龙区商务局' && @.year == 2023)].links.json").value(base + ".json"));
		String json = this.mvc.perform(get(base + ".json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		AnnualReport seed = new ReportChecker().check("seed.txt", SeedReportTests.seed()).report();
		seed.sections.clear();
		assertThat(json).isEqualTo(ReportJson.report(seed));
		this.mvc.perform(get(base + ".docx")).andExpect(status().isOk());
		this.mvc.perform(get(base + ".xlsx")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/annual-reports/schema.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").exists());
		this.mvc.perform(get("/annual-reports/" + agency + "/2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网站发布信息 45 条")));
		this.mvc.perform(get("/annual-reports").param("agency", String.valueOf(agency)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区商务局")));
		this.mvc.perform(get("/api/v1/annual-reports/" + agency + "/2024.json")).andExpect(status().isNotFound());
	}

	@Test
	void thePdfOfAPublishedReportShowsTheFiguresOfItsJson() throws Exception {
		long agency = this.demo.commerce();
		String base = "/api/v1/annual-reports/" + agency + "/2023";
		this.mvc.perform(get("/api/v1/annual-reports"))
			.andExpect(jsonPath("$[?(@.agency.name == '卧龙区商务局' && @.year == 2023)].links.pdf").value(base + ".pdf"));
		String json = this.mvc.perform(get(base + ".json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		byte[] pdf = this.mvc.perform(get(base + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("卧龙区商务局").contains("政府信息公开工作年度报告").contains("行政许可");
		List<String> figures = numbers(json, "\":\\s*(\\d+)");
		List<String> printed = numbers(text, "(?<!\\d)(\\d+)(?!\\d)");
		assertThat(figures).hasSizeGreaterThan(20);
		for (String figure : figures) {
			assertThat(printed).as("the figures of the JSON in the PDF").contains(figure);
			printed.remove(figure);
		}
	}

	private static List<String> numbers(String text, String pattern) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private void recordTableTwo(long agency, int year) {
		this.jdbc.sql("""
				insert into disclosure_year_figures (agency_id, report_year, licensing, penalties, coercion,
				  fees_ten_thousand_yuan, source, recorded_by, recorded_at)
				values (:agency, :year, 0, 0, 0, 0, '测试', 'test', current_timestamp)""")
			.param("agency", agency)
			.param("year", year)
			.update();
	}

}
