package org.gongkai.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module end to end on the suite's shared full-boot context (H2, demo data, the
 * mutable clock): the seed agency's 2023 figures, the review chain through the API with
 * nothing public early, scheduled publication, the registry's year queries, the figures
 * import and the bad input the issue names. Each test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DisclosureIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	@Autowired
	MutableClock clock;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisclosureSweep sweep;

	@Autowired
	DisclosureSettings settings;

	@BeforeEach
	void startToday() {
		clock.setDay(TODAY);
	}

	@Test
	void theSeedAgencyHasItsTwentyTwentyThreeFiguresFromRecords() throws Exception {
		mvc.perform(get("/api/v1/disclosure/statistics").param("agencyId", "" + demo.commerce())
			.param("year", "2023")
			.header("Authorization", demo.bearer("supervisor"))).andExpect(status().isOk()).andExpect(content().json("""
					{"activeDisclosure": {
					   "regulations": {"issued": 0, "repealed": 0, "inForce": 0},
					   "normativeDocuments": {"issued": 0, "repealed": 0, "inForce": 0},
					   "licensing": 0, "penalties": 0, "coercion": 0, "feesTenThousandYuan": "0"},
					 "channels": {"website": 45, "wechat": 1128, "governmentServicePortal": null, "gazette": null,
					   "pressConferences": null}}""", true));
		mvc.perform(get("/api/v1/public/disclosure/entries").param("agencyId", "" + demo.commerce())
			.param("year", "2023")
			.param("page", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(45))
			.andExpect(jsonPath("$.entries.length()").value(5))
			.andExpect(jsonPath("$.entries[0].indexNumber").exists())
			.andExpect(jsonPath("$.entries[0].publishedOn").exists())
			.andExpect(jsonPath("$.entries[0].article20Item").exists())
			.andExpect(jsonPath("$.entries[0].url").exists());
	}

	@Test
	void anEntryIsPublicOnlyAfterTheThirdApproval() throws Exception {
		long id = draft("关于 2025 年春季消费券发放的公告", null);
		String publisher = demo.bearer("publisher");
		int version = step(id, "submit", publisher, 0, null);
		version = step(id, "approve", publisher, version, "{\"comment\":\"初审通过\"}");
		assertNotPublic(id);
		version = step(id, "approve", demo.bearer("section"), version, "{\"comment\":\"保密审查通过\"}");
		assertNotPublic(id);
		mvc.perform(get("/console/disclosure/entries/{id}", id).with(user(demo.staff("section"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保密审查通过")));

		step(id, "approve", demo.bearer("leader"), version, null);

		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("关于 2025 年春季消费券发放的公告"))
			.andExpect(jsonPath("$.publishedOn").value(TODAY.toString()));
		mvc.perform(
				get("/api/v1/public/disclosure/entries").param("agencyId", "" + demo.commerce()).param("year", "2025"))
			.andExpect(jsonPath("$.entries[*].title").value(hasItem("关于 2025 年春季消费券发放的公告")));
	}

	@Test
	void aStaleVersionAWrongRoleAndAReturnWithoutCommentsAreRefused() throws Exception {
		long id = draft("卧龙区商务局 2025 年政务公开工作要点", null);
		int version = step(id, "submit", demo.bearer("publisher"), 0, null);

		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", demo.bearer("publisher"))
					.header("If-Match", "\"" + (version - 1) + "\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", demo.bearer("registrar")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/disclosure/entries/{id}/return", id).header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.return-without-comment"));
		mvc.perform(post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", demo.bearer("section")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.wrong-level"));
		assertNotPublic(id);
	}

	@Test
	void publishesAScheduledEntryWhenItsTimeComes() throws Exception {
		long id = draft("卧龙区 2025 年“五一”消费季活动安排", null);
		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/schedule", id).header("Authorization", demo.bearer("publisher"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"publishAt\":\"2025-03-04T09:00:00+08:00\"}"))
			.andExpect(status().isOk());
		approveAll(id);
		assertThat(sweep.publishScheduled()).contains(0);
		assertNotPublic(id);

		clock.setDay(TODAY.plusDays(1));
		assertThat(sweep.publishScheduled()).contains(1);

		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedOn").value("2025-03-04"));
	}

	@Test
	void aChangeAfterPublicationKeepsTheOldVersionPublicUntilApproved() throws Exception {
		long id = draft("卧龙区商务局机构职能", null);
		approveAll(id);
		mvc.perform(put("/api/v1/disclosure/entries/{id}", id).header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("卧龙区商务局机构职能（2025 年调整）", null, "<p>新</p>")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"));
		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(jsonPath("$.title").value("卧龙区商务局机构职能"));
		approveAll(id);
		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(jsonPath("$.title").value("卧龙区商务局机构职能（2025 年调整）"))
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/disclosure/entries/{id}", id).header("Authorization", demo.bearer("publisher")))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[0].title").value("卧龙区商务局机构职能"));

		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/withdraw", id).header("Authorization", demo.bearer("publisher"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"机构改革后职能调整\"}"))
			.andExpect(status().isOk());
		assertNotPublic(id);
	}

	@Test
	void refusesADuplicateIndexNumberAndSanitisesScript() throws Exception {
		String taken = jdbc.sql("select index_number from disclosure_entry order by id limit 1")
			.query(String.class)
			.single();
		long before = count("disclosure_entry");
		mvc.perform(post("/api/v1/disclosure/entries").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("重复索引号", taken, null).replace("{", "{\"agencyId\":" + demo.commerce() + ",")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes[0]").value("disclosure.indexNumber.duplicate"))
			.andExpect(jsonPath("$.fields.indexNumber").exists());
		assertThat(count("disclosure_entry")).isEqualTo(before);

		long id = draft("含脚本的正文",
				"<p onclick=\"alert(1)\">正文</p><script>alert('xss')</script><a href=\"javascript:alert(1)\">x</a>");
		String body = jdbc.sql("select body from disclosure_entry where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(body).isEqualTo("<p>正文</p><a rel=\"noopener noreferrer\">x</a>");
	}

	@Test
	void refusesAnAttachmentThatIsNotWhatItsNameClaims() throws Exception {
		long id = draft("附件测试", null);
		mvc.perform(multipart("/api/v1/disclosure/entries/{id}/attachments", id)
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type"));
		assertThat(jdbc.sql("select count(*) from disclosure_attachment where entry_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("nothing stored").isZero();
		mvc.perform(multipart("/api/v1/disclosure/entries/{id}/attachments", id)
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", "%PDF-1.7 x".getBytes()))
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"));
	}

	@Test
	void answersTheRegistrysYearQueriesFromDates() throws Exception {
		long agency = demo.commerce();
		register(agency, "NORMATIVE_DOCUMENT", "关于规范单用途预付卡经营行为的通知", "2022-03-01", null, "2024-06-30");
		register(agency, "NORMATIVE_DOCUMENT", "2023 年消费券发放管理办法", "2023-05-01", "2023-10-31", null);
		register(agency, "NORMATIVE_DOCUMENT", "卧龙区商贸流通扶持办法", "2024-01-05", null, null);

		assertThat(counts(agency, 2022)).isEqualTo(List.of(1, 0, 1));
		assertThat(counts(agency, 2023)).isEqualTo(List.of(1, 0, 1));
		assertThat(counts(agency, 2024)).isEqualTo(List.of(1, 1, 1));

		mvc.perform(post("/api/v1/disclosure/registry").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"agencyId": %d, "kind": "REGULATION", "title": "卧龙区规章", "issuedOn": "2024-01-01"}"""
				.formatted(agency)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.regulation-not-allowed"));
	}

	@Test
	void refusesAFiguresImportWithOneBadRowWholeAndRecordsAGoodOne() throws Exception {
		String bad = "year,licensing,penalties,coercion,feesTenThousandYuan,wechat\n2021,3,1,0,1.5,200\n2022,-1,0,0,0,10\n";
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", demo.commerce())
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.import.invalid"))
			.andExpect(jsonPath("$.codes[0]").value("disclosure.figures.negative"));
		assertThat(jdbc.sql("select count(*) from disclosure_year_figures where report_year = 2021")
			.query(Long.class)
			.single()).as("the good row was not stored either").isZero();

		String scale = "年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）\n2021,0,0,0,0.12345\n";
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", demo.commerce())
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", scale.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes[0]").value("disclosure.figures.scale"));

		String good = "\uFEFF年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）,微信公众号\n2021,3,1,0,1.2345,200\n";
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", demo.commerce())
			.file(new MockMultipartFile("file", "2021.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years").value(1));
		mvc.perform(get("/api/v1/disclosure/statistics").param("agencyId", "" + demo.commerce())
			.param("year", "2021")
			.header("Authorization", demo.bearer("publisher")))
			.andExpect(jsonPath("$.activeDisclosure.licensing").value(3))
			.andExpect(jsonPath("$.activeDisclosure.feesTenThousandYuan").value("1.2345"))
			.andExpect(jsonPath("$.channels.wechat").value(200));
		assertThat(jdbc.sql("select source from disclosure_year_figures where report_year = 2021")
			.query(String.class)
			.single()).isEqualTo("导入：2021.csv");
		assertThat(jdbc.sql(
				"select count(*) from audit_entry where action = 'disclosure.figures-recorded' and summary like '2021%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void listsTheDemoEntryPastItsArticleTwentySixDateForTheSupervisor() throws Exception {
		clock.followSystem();
		mvc.perform(get("/api/v1/disclosure/timeliness").param("view", "overdue")
			.header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem("卧龙区商务局政府采购意向公开（第二批）")));
		mvc.perform(get("/api/v1/disclosure/timeliness").param("view", "due-soon")
			.header("Authorization", demo.bearer("supervisor")))
			.andExpect(jsonPath("$[*].title").value(not(hasItem("卧龙区商务局政府采购意向公开（第二批）"))));
	}

	@Test
	void nothingIsPublishedWithoutAllApprovalsEvenWhenItsScheduledTimeHasPassed() throws Exception {
		long id = draft("未经终审的定时条目", null);
		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/schedule", id).header("Authorization", demo.bearer("publisher"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"publishAt\":\"2025-03-04T09:00:00+08:00\"}"))
			.andExpect(status().isOk());
		int version = step(id, "submit", demo.bearer("publisher"), -1, null);
		version = step(id, "approve", demo.bearer("publisher"), version, null);
		step(id, "approve", demo.bearer("section"), version, null);

		clock.setDay(TODAY.plusDays(2));
		assertThat(sweep.publishScheduled()).contains(0);
		assertNotPublic(id);
		assertThat(jdbc.sql("select state || ':' || review_level from disclosure_entry where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("IN_REVIEW:3");
		assertThat(count("disclosure_entry_version where entry_id = " + id)).isZero();
	}

	@Test
	void theDrafterMayNotApproveTheirOwnDraftAtALevelForOthersEvenHoldingItsRole() throws Exception {
		long commerce = demo.commerce();
		jdbc.sql("insert into staff_role (staff_id, role, agency_id) select id, 'SECTION_HEAD', :agency from staff"
				+ " where username = 'publisher'")
			.param("agency", commerce)
			.update();
		long id = draft("自审测试", null);
		int version = step(id, "submit", demo.bearer("publisher"), -1, null);
		version = step(id, "approve", demo.bearer("publisher"), version, null);

		mvc.perform(
				post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", demo.bearer("publisher"))
					.header("If-Match", "\"" + version + "\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("disclosure.self-approval"))
			.andExpect(jsonPath("$.detail").value(containsString("起草人以外")));
		assertThat(jdbc.sql("select version || ':' || review_level from disclosure_entry where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).as("nothing changed").isEqualTo(version + ":2");
		assertNotPublic(id);
	}

	@Test
	void refusesANegativeFigureAndAFeeWithMoreThanFourDecimalsEnteredByForm() throws Exception {
		long before = count("disclosure_year_figures");
		mvc.perform(put("/api/v1/disclosure/figures/{agency}", demo.commerce())
			.header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2022, \"licensing\": -1, \"penalties\": 0, \"coercion\": 0,"
					+ " \"feesTenThousandYuan\": \"1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes").value(hasItem("disclosure.figures.negative")));
		mvc.perform(put("/api/v1/disclosure/figures/{agency}", demo.commerce())
			.header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2022, \"licensing\": 0, \"penalties\": 0, \"coercion\": 0,"
					+ " \"feesTenThousandYuan\": \"0.00001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes").value(hasItem("disclosure.figures.scale")));
		mvc.perform(post("/console/disclosure/figures").with(user(demo.staff("publisher")))
			.with(csrf())
			.param("agencyId", "" + demo.commerce())
			.param("year", "2022")
			.param("licensing", "0")
			.param("penalties", "-3")
			.param("coercion", "0")
			.param("feesTenThousandYuan", "0")).andExpect(status().is3xxRedirection());
		assertThat(count("disclosure_year_figures")).as("nothing stored").isEqualTo(before);
	}

	@Test
	void offersTheArticleTwentyOneGroupsOfTheAgencysLevelOnly() throws Exception {
		long commerce = demo.commerce();
		String township = body("乡镇事项", null, null).replace("{", "{\"agencyId\":" + commerce + ",\"article21Item\":3,");
		long before = count("disclosure_entry");
		mvc.perform(post("/api/v1/disclosure/entries").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(township))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes[0]").value("disclosure.article21Item.level"))
			.andExpect(jsonPath("$.fields.article21Item").exists());
		assertThat(count("disclosure_entry")).isEqualTo(before);
		mvc.perform(post("/api/v1/disclosure/entries").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(township.replace("\"article21Item\":3", "\"article21Item\":1"))).andExpect(status().isCreated());
		mvc.perform(get("/console/disclosure/new").with(user(demo.staff("publisher"))))
			.andExpect(content().string(containsString("value=\"2\"")))
			.andExpect(content().string(containsString("市政建设")))
			.andExpect(content().string(not(containsString("贫困救助"))));

		mvc.perform(put("/api/v1/disclosure/administrative-levels/{agency}", commerce)
			.header("Authorization", demo.bearer("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": \"TOWNSHIP\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("TOWNSHIP"));
		mvc.perform(post("/api/v1/disclosure/entries").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(township)).andExpect(status().isCreated());
		mvc.perform(put("/api/v1/disclosure/administrative-levels/{agency}", commerce)
			.header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": \"CITY\"}")).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorConfiguresTheChainThePatternAndTheRegulationFlagOnTheConsole() throws Exception {
		long commerce = demo.commerce();
		StaffPrincipal admin = demo.staff("admin");
		mvc.perform(get("/console/disclosure/settings").param("agencyId", "" + commerce).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("终审（签发）")))
			.andExpect(content().string(containsString("id=\"save-chain\"")));
		mvc.perform(get("/console/disclosure/settings").param("agencyId", "" + commerce)
			.with(user(demo.staff("publisher"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"save-chain\""))));

		mvc.perform(post("/console/disclosure/settings/chain").with(user(admin))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("name", "承办科室初核", "", "保密审查", "")
			.param("role", "PUBLISHER", "", "SECTION_HEAD", "")
			.param("secrecy", "3")
			.param("othersOnly", "3")).andExpect(status().is3xxRedirection());
		ReviewChain chain = settings.chain(commerce);
		assertThat(chain.levels()).containsExactly(new ReviewLevel(1, Role.PUBLISHER, false, false, "承办科室初核"),
				new ReviewLevel(2, Role.SECTION_HEAD, true, true, "保密审查"));

		mvc.perform(post("/console/disclosure/settings/chain").with(user(admin))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("name", "a", "b")
			.param("role", "PUBLISHER", "LEADER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problems"));
		assertThat(settings.chain(commerce)).as("a chain without a secrecy review is refused").isEqualTo(chain);

		mvc.perform(post("/console/disclosure/settings/pattern").with(user(admin))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("pattern", "WLSW-{YYYY}-{NNNN}")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/disclosure/settings/pattern").with(user(admin))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("pattern", "WLSW-{YYYY}")).andExpect(flash().attributeExists("problems"));
		assertThat(settings.pattern(commerce).pattern()).isEqualTo("WLSW-{YYYY}-{NNNN}");
		assertThat(jdbc.sql("select index_number from disclosure_entry where id = :id")
			.param("id", draft("新规则编号", null))
			.query(String.class)
			.single()).startsWith("WLSW-2025-");

		mvc.perform(post("/console/disclosure/settings/agency").with(user(demo.staff("publisher")))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("mayMakeRegulations", "true")).andExpect(status().isForbidden());
		mvc.perform(post("/console/disclosure/settings/agency").with(user(admin))
			.with(csrf())
			.param("agencyId", "" + commerce)
			.param("mayMakeRegulations", "true")
			.param("level", "COUNTY")).andExpect(status().is3xxRedirection());
		assertThat(settings.of(commerce).mayMakeRegulations()).isTrue();
		register(commerce, "REGULATION", "卧龙区规章", "2024-01-01", null, null);
		mvc.perform(get("/console/disclosure/registry").param("agencyId", "" + commerce).with(user(admin)))
			.andExpect(content().string(not(containsString("无规章制定权"))));
	}

	@Test
	void rendersTheConsolePages() throws Exception {
		StaffPrincipal publisher = demo.staff("publisher");
		for (String page : List.of("/console/disclosure", "/console/disclosure/inbox", "/console/disclosure/new",
				"/console/disclosure/timeliness?view=overdue", "/console/disclosure/timeliness?view=due-soon",
				"/console/disclosure/registry", "/console/disclosure/figures?year=2023", "/console/disclosure/settings",
				"/console/disclosure?state=IN_REVIEW&level=2", "/console/disclosure?lang=en")) {
			mvc.perform(get(page).with(user(publisher))).andExpect(status().isOk());
		}
		long id = draft("页面测试", "<p>正文</p>");
		mvc.perform(get("/console/disclosure/entries/{id}", id).with(user(publisher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面测试")));
		mvc.perform(get("/console/disclosure/inbox").with(user(demo.staff("section"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社会消费品零售总额统计信息")));
	}

	private void register(long agency, String kind, String title, String issued, String expires, String repealed)
			throws Exception {
		mvc.perform(post("/api/v1/disclosure/registry").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"agencyId": %d, "kind": "%s", "title": "%s", "issuedOn": "%s", "expiresOn": %s, "repealedOn": %s}"""
						.formatted(agency, kind, title, issued, expires == null ? "null" : "\"" + expires + "\"",
								repealed == null ? "null" : "\"" + repealed + "\"")))
			.andExpect(status().isCreated());
	}

	private List<Integer> counts(long agency, int year) throws Exception {
		String json = mvc
			.perform(get("/api/v1/disclosure/statistics").param("agencyId", "" + agency)
				.param("year", "" + year)
				.header("Authorization", demo.bearer("publisher")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return List.of(JsonPath.read(json, "$.activeDisclosure.normativeDocuments.issued"),
				JsonPath.read(json, "$.activeDisclosure.normativeDocuments.repealed"),
				JsonPath.read(json, "$.activeDisclosure.normativeDocuments.inForce"));
	}

	private void approveAll(long id) throws Exception {
		int version = step(id, "submit", demo.bearer("publisher"), -1, null);
		version = step(id, "approve", demo.bearer("publisher"), version, null);
		version = step(id, "approve", demo.bearer("section"), version, null);
		step(id, "approve", demo.bearer("leader"), version, null);
	}

	/**
	 * Takes a step with If-Match (none when {@code version} is negative); returns the new
	 * version.
	 */
	private int step(long id, String action, String token, int version, String json) throws Exception {
		var request = post("/api/v1/disclosure/entries/{id}/" + action, id).header("Authorization", token);
		if (version >= 0) {
			request = request.header("If-Match", "\"" + version + "\"");
		}
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		MvcResult result = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.version");
	}

	private long draft(String title, String html) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/disclosure/entries").header("Authorization", demo.bearer("publisher"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, null, html).replace("{", "{\"agencyId\":" + demo.commerce() + ",")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.indexNumber").exists())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String body(String title, String indexNumber, String html) {
		return """
				{"title": "%s", "formedOn": "%s", "article20Item": 11, "documentNumber": "宛龙商〔2025〕3 号",
				 "indexNumber": %s, "body": %s}""".formatted(title, TODAY,
				indexNumber == null ? "null" : "\"" + indexNumber + "\"",
				html == null ? "null" : "\"" + html.replace("\"", "\\\"") + "\"");
	}

	private void assertNotPublic(long id) throws Exception {
		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(
				get("/api/v1/public/disclosure/entries").param("agencyId", "" + demo.commerce()).param("size", "100"))
			.andExpect(jsonPath("$.entries[*].url").value(not(hasItem("/api/v1/public/disclosure/entries/" + id))));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
