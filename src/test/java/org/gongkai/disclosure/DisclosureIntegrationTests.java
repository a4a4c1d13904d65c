package org.gongkai.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.StaffMembers;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
	MutableClock clock;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisclosureSweep sweep;

	@BeforeEach
	void startToday() {
		clock.setDay(TODAY);
	}

	@Test
	void theSeedAgencyHasItsTwentyTwentyThreeFiguresFromRecords() throws Exception {
		mvc.perform(get("/api/v1/disclosure/statistics").param("agencyId", "" + commerce())
			.param("year", "2023")
			.header("Authorization", bearer("supervisor"))).andExpect(status().isOk()).andExpect(content().json("""
					{"activeDisclosure": {
					   "regulations": {"issued": 0, "repealed": 0, "inForce": 0},
					   "normativeDocuments": {"issued": 0, "repealed": 0, "inForce": 0},
					   "licensing": 0, "penalties": 0, "coercion": 0, "feesTenThousandYuan": "0"},
					 "channels": {"website": 45, "wechat": 1128, "governmentServicePortal": null, "gazette": null,
					   "pressConferences": null}}""", true));
		mvc.perform(get("/api/v1/public/disclosure/entries").param("agencyId", "" + commerce())
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
		String publisher = bearer("publisher");
		int version = step(id, "submit", publisher, 0, null);
		version = step(id, "approve", publisher, version, "{\"comment\":\"初审通过\"}");
		assertNotPublic(id);
		version = step(id, "approve", bearer("section"), version, "{\"comment\":\"保密审查通过\"}");
		assertNotPublic(id);
		mvc.perform(get("/console/disclosure/entries/{id}", id).with(user(staff("section"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保密审查通过")));

		step(id, "approve", bearer("leader"), version, null);

		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("关于 2025 年春季消费券发放的公告"))
			.andExpect(jsonPath("$.publishedOn").value(TODAY.toString()));
		mvc.perform(get("/api/v1/public/disclosure/entries").param("agencyId", "" + commerce()).param("year", "2025"))
			.andExpect(jsonPath("$.entries[*].title").value(hasItem("关于 2025 年春季消费券发放的公告")));
	}

	@Test
	void aStaleVersionAWrongRoleAndAReturnWithoutCommentsAreRefused() throws Exception {
		long id = draft("卧龙区商务局 2025 年政务公开工作要点", null);
		int version = step(id, "submit", bearer("publisher"), 0, null);

		mvc.perform(post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", bearer("publisher"))
			.header("If-Match", "\"" + (version - 1) + "\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", bearer("registrar")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/disclosure/entries/{id}/return", id).header("Authorization", bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.return-without-comment"));
		mvc.perform(post("/api/v1/disclosure/entries/{id}/approve", id).header("Authorization", bearer("section")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.wrong-level"));
		assertNotPublic(id);
	}

	@Test
	void publishesAScheduledEntryWhenItsTimeComes() throws Exception {
		long id = draft("卧龙区 2025 年“五一”消费季活动安排", null);
		mvc.perform(post("/api/v1/disclosure/entries/{id}/schedule", id).header("Authorization", bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"publishAt\":\"2025-03-04T09:00:00+08:00\"}")).andExpect(status().isOk());
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
		mvc.perform(put("/api/v1/disclosure/entries/{id}", id).header("Authorization", bearer("publisher"))
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
		mvc.perform(get("/api/v1/disclosure/entries/{id}", id).header("Authorization", bearer("publisher")))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[0].title").value("卧龙区商务局机构职能"));

		mvc.perform(post("/api/v1/disclosure/entries/{id}/withdraw", id).header("Authorization", bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"机构改革后职能调整\"}")).andExpect(status().isOk());
		assertNotPublic(id);
	}

	@Test
	void refusesADuplicateIndexNumberAndSanitisesScript() throws Exception {
		String taken = jdbc.sql("select index_number from disclosure_entry order by id limit 1")
			.query(String.class)
			.single();
		long before = count("disclosure_entry");
		mvc.perform(post("/api/v1/disclosure/entries").header("Authorization", bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("重复索引号", taken, null).replace("{", "{\"agencyId\":" + commerce() + ",")))
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
			.header("Authorization", bearer("publisher")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type"));
		mvc.perform(multipart("/api/v1/disclosure/entries/{id}/attachments", id)
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", "%PDF-1.7 x".getBytes()))
			.header("Authorization", bearer("publisher")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"));
	}

	@Test
	void answersTheRegistrysYearQueriesFromDates() throws Exception {
		long agency = commerce();
		register(agency, "NORMATIVE_DOCUMENT", "关于规范单用途预付卡经营行为的通知", "2022-03-01", null, "2024-06-30");
		register(agency, "NORMATIVE_DOCUMENT", "2023 年消费券发放管理办法", "2023-05-01", "2023-10-31", null);
		register(agency, "NORMATIVE_DOCUMENT", "卧龙区商贸流通扶持办法", "2024-01-05", null, null);

		assertThat(counts(agency, 2022)).isEqualTo(List.of(1, 0, 1));
		assertThat(counts(agency, 2023)).isEqualTo(List.of(1, 0, 1));
		assertThat(counts(agency, 2024)).isEqualTo(List.of(1, 1, 1));

		mvc.perform(post("/api/v1/disclosure/registry").header("Authorization", bearer("publisher"))
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
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", commerce())
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", bearer("publisher")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.import.invalid"))
			.andExpect(jsonPath("$.codes[0]").value("disclosure.figures.negative"));
		assertThat(jdbc.sql("select count(*) from disclosure_year_figures where report_year = 2021")
			.query(Long.class)
			.single()).as("the good row was not stored either").isZero();

		String scale = "年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）\n2021,0,0,0,0.12345\n";
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", commerce())
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", scale.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", bearer("publisher")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes[0]").value("disclosure.figures.scale"));

		String good = "\uFEFF年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）,微信公众号\n2021,3,1,0,1.2345,200\n";
		mvc.perform(multipart("/api/v1/disclosure/figures/{agency}/import", commerce())
			.file(new MockMultipartFile("file", "2021.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", bearer("publisher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years").value(1));
		mvc.perform(get("/api/v1/disclosure/statistics").param("agencyId", "" + commerce())
			.param("year", "2021")
			.header("Authorization", bearer("publisher")))
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
			.header("Authorization", bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem("卧龙区商务局政府采购意向公开（第二批）")));
		mvc.perform(get("/api/v1/disclosure/timeliness").param("view", "due-soon")
			.header("Authorization", bearer("supervisor")))
			.andExpect(jsonPath("$[*].title").value(not(hasItem("卧龙区商务局政府采购意向公开（第二批）"))));
	}

	@Test
	void rendersTheConsolePages() throws Exception {
		StaffPrincipal publisher = staff("publisher");
		for (String page : List.of("/console/disclosure", "/console/disclosure/inbox", "/console/disclosure/new",
				"/console/disclosure/timeliness?view=overdue", "/console/disclosure/timeliness?view=due-soon",
				"/console/disclosure/registry", "/console/disclosure/figures?year=2023",
				"/console/disclosure?state=IN_REVIEW&level=2", "/console/disclosure?lang=en")) {
			mvc.perform(get(page).with(user(publisher))).andExpect(status().isOk());
		}
		long id = draft("页面测试", "<p>正文</p>");
		mvc.perform(get("/console/disclosure/entries/{id}", id).with(user(publisher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面测试")));
		mvc.perform(get("/console/disclosure/inbox").with(user(staff("section"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社会消费品零售总额统计信息")));
	}

	private void register(long agency, String kind, String title, String issued, String expires, String repealed)
			throws Exception {
		mvc.perform(post("/api/v1/disclosure/registry").header("Authorization", bearer("publisher"))
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
				.header("Authorization", bearer("publisher")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return List.of(JsonPath.read(json, "$.activeDisclosure.normativeDocuments.issued"),
				JsonPath.read(json, "$.activeDisclosure.normativeDocuments.repealed"),
				JsonPath.read(json, "$.activeDisclosure.normativeDocuments.inForce"));
	}

	private void approveAll(long id) throws Exception {
		int version = step(id, "submit", bearer("publisher"), -1, null);
		version = step(id, "approve", bearer("publisher"), version, null);
		version = step(id, "approve", bearer("section"), version, null);
		step(id, "approve", bearer("leader"), version, null);
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
			.perform(post("/api/v1/disclosure/entries").header("Authorization", bearer("publisher"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(title, null, html).replace("{", "{\"agencyId\":" + commerce() + ",")))
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
		mvc.perform(get("/api/v1/public/disclosure/entries").param("agencyId", "" + commerce()).param("size", "100"))
			.andExpect(jsonPath("$.entries[*].url").value(not(hasItem("/api/v1/public/disclosure/entries/" + id))));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String bearer(String username) {
		return "Bearer " + tokens.create(staff(username), "test");
	}

	private StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

	private long commerce() {
		return agency("卧龙区商务局");
	}

	private long agency(String name) {
		return agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals(name))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

}
