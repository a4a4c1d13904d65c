package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.shared.Zones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 督办 end to end on the suite's shared full-boot context (H2, demo data): the figures per
 * subordinate agency, the 催办 round trip through both work queues with its audit trail,
 * what each side is offered, and the bad input that changes nothing. Each test rolls
 * back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SupervisionIntegrationTests {

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
	Urgings urgings;

	@Test
	void theSupervisorSeesEachAgencyOfTheRegionWithItsFiguresAndOthersAreRefused() throws Exception {
		int year = clock.instant().atZone(Zones.BEIJING).getYear();
		long received = jdbc
			.sql("select count(*) from request_round where agency_id = :agency and started_on >= :first"
					+ " and started_on <= :last")
			.param("agency", demo.agency("卧龙区商务局"))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/supervision/agencies").header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].agencyName").value(hasItem("卧龙区商务局")))
			.andExpect(jsonPath("$[*].agencyName").value(hasItem("卧龙区财政局")))
			.andExpect(jsonPath("$[*].agencyName").value(not(hasItem("卧龙区人民政府办公室"))))
			.andExpect(jsonPath("$[*].agencyName").value(not(hasItem("南阳市卧龙区"))))
			.andExpect(jsonPath("$[?(@.agencyName == '卧龙区商务局')].received").value(hasItem((int) received)));
		mvc.perform(get("/console/supervision").with(user(demo.staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区商务局")))
			.andExpect(content().string(containsString("urging-form")));

		mvc.perform(get("/api/v1/supervision/agencies").header("Authorization", demo.bearer("handler")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/supervision/agencies").param("year", "1900")
			.header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.year").exists());
	}

	@Test
	void aReminderIsAnsweredInTheAgencysQueueAndReadInTheSupervisorsWithItsTrail() throws Exception {
		String code = openCase();
		MvcResult sent = mvc
			.perform(post("/console/supervision/urgings").with(user(demo.staff("supervisor")))
				.with(csrf())
				.param("agencyId", "" + demo.agency("卧龙区商务局"))
				.param("trackingCode", code.toLowerCase())
				.param("text", "该申请临近答复期限，请抓紧办理并报告进展。"))
			.andExpect(status().isFound())
			.andReturn();
		String page = sent.getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

		mvc.perform(get("/console").with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待答复的催办")))
			.andExpect(content().string(containsString("催办申请 " + code)));
		// The supervisor sees it but is offered no answer; the handler is offered no
		// reading.
		mvc.perform(get(page).with(user(demo.staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("answer-form"))))
			.andExpect(content().string(not(containsString("read-form"))));
		mvc.perform(post(page + "/answer").with(user(demo.staff("supervisor"))).with(csrf()).param("answer", "代答"))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(user(demo.staff("finance.handler")))).andExpect(status().isNotFound());

		mvc.perform(post(page + "/answer").with(user(demo.staff("handler"))).with(csrf()).param("answer", "  "))
			.andExpect(status().isFound());
		assertThat(stored(id).isAnswered()).isFalse();
		mvc.perform(get(page).with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("answer-form")))
			.andExpect(content().string(not(containsString("read-form"))));
		mvc.perform(post(page + "/answer").with(user(demo.staff("handler")))
			.with(csrf())
			.param("version", "0")
			.param("answer", "已联系申请人，本周内答复。")).andExpect(status().isFound());
		assertThat(stored(id).getAnswer()).isEqualTo("已联系申请人，本周内答复。");

		mvc.perform(get("/console").with(user(demo.staff("handler"))))
			.andExpect(content().string(not(containsString("待答复的催办"))));
		mvc.perform(get("/console").with(user(demo.staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("机关已答复的催办")))
			.andExpect(content().string(containsString("/console/supervision/urgings/" + id)));
		mvc.perform(get(page).with(user(demo.staff("supervisor"))))
			.andExpect(content().string(containsString("已联系申请人，本周内答复。")))
			.andExpect(content().string(containsString("read-form")));
		mvc.perform(post(page + "/read").with(user(demo.staff("supervisor"))).with(csrf()).param("version", "1"))
			.andExpect(status().isFound());
		assertThat(stored(id).isRead()).isTrue();

		List<String> actions = jdbc
			.sql("select action from audit_entry where subject_type = 'urging' and subject_id = :id order by seq")
			.param("id", "" + id)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("supervision.urging-sent", "supervision.urging-answered",
				"supervision.urging-read");
	}

	@Test
	void theApiSendsAnswersAndReadsWithVersions() throws Exception {
		MvcResult sent = mvc
			.perform(post("/api/v1/supervision/urgings").header("Authorization", demo.bearer("supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyId\":" + demo.agency("卧龙区财政局") + ",\"text\":\"请报告本季度依申请公开办理情况。\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").doesNotExist())
			.andReturn();
		long id = ((Number) JsonPath.read(sent.getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(get("/api/v1/supervision/urgings").header("Authorization", demo.bearer("finance.handler")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
		mvc.perform(post("/api/v1/supervision/urgings/{id}/answer", id).header("Authorization", demo.bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"不是本机关\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/urgings/{id}/answer", id)
			.header("Authorization", demo.bearer("finance.handler"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"本季度收到申请 2 件，均已按期答复。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answeredBy").value("财政局承办人 吴刚"));
		mvc.perform(post("/api/v1/supervision/urgings/{id}/answer", id)
			.header("Authorization", demo.bearer("finance.handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"再答一次\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.already-answered"));
		mvc.perform(post("/api/v1/supervision/urgings/{id}/read", id).header("Authorization", demo.bearer("supervisor"))
			.header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(post("/api/v1/supervision/urgings/{id}/read", id).header("Authorization", demo.bearer("supervisor"))
			.header("If-Match", "\"1\"")).andExpect(status().isOk()).andExpect(jsonPath("$.readAt").exists());
	}

	@Test
	void aReminderOnAClosedCaseWithoutTextOrToAnotherRegionIsRefusedAndNothingIsStored() throws Exception {
		long before = count();
		String closed = jdbc
			.sql("select tracking_code from information_request where agency_id = :agency"
					+ " and status in ('ANSWERED', 'CLOSED', 'ARCHIVED') order by id")
			.param("agency", demo.agency("卧龙区商务局"))
			.query(String.class)
			.list()
			.get(0);
		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", demo.bearer("supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + demo.agency("卧龙区商务局") + ",\"trackingCode\":\"" + closed
					+ "\",\"text\":\"请办理\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.case-closed"))
			.andExpect(jsonPath("$.detail").value(containsString(closed)));
		mvc.perform(post("/console/supervision/urgings").with(user(demo.staff("supervisor")))
			.with(csrf())
			.param("agencyId", "" + demo.agency("卧龙区商务局"))
			.param("trackingCode", closed)
			.param("text", "请办理"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已办结或不予登记，不能催办")));

		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", demo.bearer("supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + demo.agency("卧龙区商务局") + ",\"text\":\"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.text").value("请填写内容"));
		mvc.perform(post("/console/supervision/urgings").with(user(demo.staff("supervisor")))
			.with(csrf())
			.param("agencyId", "" + demo.agency("卧龙区商务局"))
			.param("text", "")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写内容")));

		Agency otherRegion = agencies.save(new Agency(null, AgencyKind.REGION, "宛城区", null));
		Agency elsewhere = agencies.save(new Agency(otherRegion.getId(), AgencyKind.AGENCY, "宛城区商务局", null));
		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", demo.bearer("supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + elsewhere.getId() + ",\"text\":\"请报告\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.agencyId").value(containsString("所辖区域")));
		mvc.perform(post("/console/supervision/urgings").with(user(demo.staff("supervisor")))
			.with(csrf())
			.param("agencyId", "" + elsewhere.getId())
			.param("text", "请报告"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("其他区域的机关不能催办")));

		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", demo.bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + demo.agency("卧龙区商务局") + ",\"text\":\"请报告\"}"))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theHandlersQueueListsTheirCasesMostUrgentFirstAndOthersSeeTheirOwnGroups() throws Exception {
		String overdue = jdbc
			.sql("select tracking_code from information_request where handler_id = :me and status = 'IN_HANDLING'"
					+ " order by due_index")
			.param("me", demo.staff("handler").id())
			.query(String.class)
			.list()
			.get(0);
		String html = mvc.perform(get("/console").with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我承办的申请")))
			.andExpect(content().string(containsString(overdue)))
			.andExpect(content().string(not(containsString("待确认收到的申请"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("badge late"))
			.isLessThan(html.indexOf("badge ok") < 0 ? Integer.MAX_VALUE : html.indexOf("badge ok"));

		mvc.perform(get("/console").with(user(demo.staff("registrar"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待确认收到的申请")))
			.andExpect(content().string(not(containsString("我承办的申请"))));
		mvc.perform(get("/console").with(user(demo.staff("reviewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待我审核的答复草稿")));
		mvc.perform(get("/console").with(user(demo.staff("finance.handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("卧龙区商务局，"))));
	}

	private String openCase() {
		return jdbc
			.sql("select tracking_code from information_request where agency_id = :agency"
					+ " and status = 'IN_HANDLING' order by id")
			.param("agency", demo.agency("卧龙区商务局"))
			.query(String.class)
			.list()
			.get(0);
	}

	private Urging stored(long id) {
		return urgings.load(id);
	}

	private long count() {
		return jdbc.sql("select count(*) from supervision_urging").query(Long.class).single();
	}

}
