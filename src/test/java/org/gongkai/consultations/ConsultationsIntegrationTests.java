package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module end to end on the suite's shared full-boot context (H2, demo data, the
 * mutable clock): the public form and its bad input, the answer term across a holiday,
 * the lists, publication with consent, the statistics, the API's version checks and the
 * 督办 view. Each test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ConsultationsIntegrationTests {

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
	Consultations consultations;

	@Autowired
	ConsultationStatistics statistics;

	@BeforeEach
	void startToday() {
		clock.setDay(LocalDate.of(2025, 6, 16));
	}

	@Test
	void aValidQuestionGetsAQueryCodeThatShowsItsAnswerLater() throws Exception {
		mvc.perform(get("/questions/new").param("agency", "" + demo.commerce()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("向卧龙区商务局留言")));
		MvcResult sent = mvc.perform(ask(demo.commerce(), "咨询外贸企业出口信用保险补贴", "请问补贴怎么申请？", "13912345678"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/questions/sent"))
			.andReturn();
		String code = (String) sent.getFlashMap().get("queryCode");
		assertThat(code).matches("ZX-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(sent.getFlashMap().get("dueOn")).isEqualTo(LocalDate.of(2025, 6, 23));

		mvc.perform(post("/questions/track").with(csrf()).param("code", code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("咨询外贸企业出口信用保险补贴")))
			.andExpect(content().string(containsString("待答复")));
		mvc.perform(post("/questions/track").with(csrf()).param("code", "ZX-0000-0000-0000"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有与该查询码对应的留言")));

		long id = idOf("咨询外贸企业出口信用保险补贴");
		consultations.answer(demo.staff("handler"), id, null, "您好，请登录商务部业务系统统一平台申报。", null);
		mvc.perform(post("/questions/track").with(csrf()).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请登录商务部业务系统统一平台申报")));
	}

	@Test
	void anInvalidQuestionIsShownAgainWithEveryErrorAndNothingIsStored() throws Exception {
		long before = count();
		mvc.perform(ask(demo.commerce(), "", "请问补贴怎么申请？", "not a phone"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写标题")))
			.andExpect(content().string(containsString("联系方式应为电话号码或电子邮箱地址")))
			.andExpect(content().string(containsString("请问补贴怎么申请？")));
		mvc.perform(ask(demo.commerce(), "ONLINE", "NONSENSE", "标题", "内容", "13912345678"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请从列表中选择")));
		mvc.perform(ask(demo.commerce(), "PHONE", "CONSULTATION", "标题", "内容", "13912345678"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择渠道")));
		mvc.perform(ask(region(), "标题", "内容", "13912345678")).andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aQuestionWithoutTheFormsTokenIsRefused() throws Exception {
		mvc.perform(post("/questions/new").param("agencyId", "" + demo.commerce()).param("title", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void scriptInAQuestionIsShownEscapedInTheConsoleAndOnThePortal() throws Exception {
		String script = "<script>alert('x')</script>";
		mvc.perform(ask(demo.commerce(), "消费券" + script, "内容" + script, "13912345678").param("consent", "true"))
			.andExpect(status().isFound());
		long id = idOf("消费券" + script);
		consultations.answer(demo.staff("handler"), id, null, "答复" + script, null);
		consultations.publish(demo.staff("handler"), id, null, null);

		mvc.perform(get("/console/consultations/{id}", id).with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		mvc.perform(get("/questions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("消费券&lt;script&gt;")));
	}

	@Test
	void aFloodOfQuestionsFromOneAddressIsRateLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(ask(demo.commerce(), "", "", "").with(from("203.0.113.151")))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(ask(demo.commerce(), "标题", "内容", "13912345678").with(from("203.0.113.151")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(ask(demo.commerce(), "", "", "").with(from("203.0.113.152"))).andExpect(status().isBadRequest());
		mvc.perform(get("/questions/new").param("agency", "" + demo.commerce()).with(from("203.0.113.151")))
			.andExpect(status().isOk());
	}

	@Test
	void aConsultationReceivedBeforeNationalDayIsAnsweredInTermAfterIt() throws Exception {
		clock.setDay(LocalDate.of(2025, 9, 29));
		long id = register(demo.bearer("registrar"), demo.commerce(), "PHONE", "CONSULTATION", "2025-09-29", false);
		// 1–8 October off; Saturday 11 October a make-up working day.
		mvc.perform(get("/api/v1/consultations/{id}", id).header("Authorization", demo.bearer("handler")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.term.workingDays").value(5))
			.andExpect(jsonPath("$.term.dueOn").value("2025-10-13"));

		clock.setDay(LocalDate.of(2025, 10, 13));
		answer(id, "\"0\"", "{\"answer\":\"已电话答复并说明办理流程。\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.answeredOn").value("2025-10-13"))
			.andExpect(jsonPath("$.history[1].summary").value(containsString("在期限内")));
	}

	@Test
	void theOverdueAndDueSoonListsHoldTheOpenQuestionsPastAndNearTheirTerm() throws Exception {
		String registrar = demo.bearer("registrar");
		long overdue = register(registrar, demo.commerce(), "HOTLINE_12345", "CONSULTATION", "2025-06-05", false);
		long dueSoon = register(registrar, demo.commerce(), "PHONE", "CONSULTATION", "2025-06-10", false);
		long later = register(registrar, demo.commerce(), "PHONE", "COMPLAINT", "2025-06-10", false);

		String handler = demo.bearer("handler");
		mvc.perform(get("/api/v1/consultations/timeliness").header("Authorization", handler))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) overdue)))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) dueSoon))))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) later))));
		mvc.perform(get("/api/v1/consultations/timeliness").param("view", "due-soon").header("Authorization", handler))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) dueSoon)))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) overdue))))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) later))));
		mvc.perform(get("/console/consultations/timeliness").with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已超期未答复的留言")))
			.andExpect(content().string(containsString("/console/consultations/" + overdue + "\"")));
		// An answered question leaves the list.
		answer(overdue, "\"0\"", "{\"answer\":\"已答复。\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/consultations/timeliness").header("Authorization", handler))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) overdue))));
	}

	@Test
	void onlyAQuestionWithConsentIsPublishedAndWithoutPersonalData() throws Exception {
		String registrar = demo.bearer("registrar");
		long withoutConsent = register(registrar, demo.commerce(), "PHONE", "COMPLAINT", "2025-06-13", false);
		answer(withoutConsent, null, "{\"answer\":\"已核查处理。\"}").andExpect(status().isOk());
		mvc.perform(post("/api/v1/consultations/{id}/publish", withoutConsent).header("Authorization",
				demo.bearer("handler")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("consultation.no-consent"));
		mvc.perform(get("/questions/{id}", withoutConsent)).andExpect(status().isNotFound());

		long consented = register(registrar, demo.commerce(), "PHONE", "COMPLAINT", "2025-06-13", true);
		mvc.perform(
				post("/api/v1/consultations/{id}/publish", consented).header("Authorization", demo.bearer("handler")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultation.not-answered"));
		answer(consented, null, "{\"answer\":\"赵敏女士您好，已责令商户退款，如有问题请拨打 0377-63100002。\"}").andExpect(status().isOk());
		mvc.perform(
				post("/api/v1/consultations/{id}/publish", consented).header("Authorization", demo.bearer("handler")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(true))
			.andExpect(jsonPath("$.publicCopy.body").value(not(containsString("赵敏"))))
			.andExpect(jsonPath("$.publicCopy.body").value(not(containsString("13812345678"))));

		mvc.perform(get("/questions/{id}", consented))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预付卡")))
			.andExpect(content().string(not(containsString("赵敏"))))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("zhaomin@example.com"))))
			.andExpect(content().string(not(containsString("63100002"))))
			.andExpect(content().string(containsString("＊＊＊女士您好")));
		mvc.perform(get("/questions").param("agency", "" + demo.commerce()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/questions/" + consented + "\"")))
			.andExpect(content().string(not(containsString("/questions/" + withoutConsent + "\""))));
	}

	@Test
	void theSeedYearCountsEveryQuestionOfTheDemoAnsweredByChannelAndType() {
		ConsultationStatistics.Yearly yearly = statistics.yearly(demo.commerce(), 2023);
		assertThat(yearly.received()).isEqualTo(ConsultationDemoData.SEED_COUNT);
		assertThat(yearly.answered()).isEqualTo(ConsultationDemoData.SEED_COUNT);
		assertThat(yearly.byChannel()).containsOnlyKeys("mailbox", "online", "phone", "hotline12345");
		assertThat(yearly.byType()).containsOnlyKeys("consultation", "complaint", "suggestion");
		assertThat(yearly.byChannel().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(ConsultationDemoData.SEED_COUNT);
		assertThat(yearly.byType().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(ConsultationDemoData.SEED_COUNT);
		assertThat(yearly.byChannel().values()).allMatch(count -> count > 50);
		// Every answer of the seed year within its term, on a working day.
		assertThat(jdbc.sql("""
				select count(*) from consultation_question
				where agency_id = :agency and received_on between '2023-01-01' and '2023-12-31'
				  and (answered_on is null or answered_on > due_on)""")
			.param("agency", demo.commerce())
			.query(Long.class)
			.single()).isZero();
		long published = jdbc.sql("""
				select count(*) from consultation_question where agency_id = :agency and published = true
				  and consent = true and public_body not like '%' || asker_name || '%'
				  and received_on between '2023-01-01' and '2023-12-31'""")
			.param("agency", demo.commerce())
			.query(Long.class)
			.single();
		assertThat(published).isEqualTo(ConsultationDemoData.SEED_PUBLISHED);
	}

	@Test
	void theStatisticsOfGeneratedQuestionsCountEachChannelAndTypeFromTheRecords() throws Exception {
		long education = demo.agency("卧龙区教育局");
		String registrar = demo.bearer("edu.handler");
		register(registrar, education, "PHONE", "CONSULTATION", "2025-03-03", false);
		register(registrar, education, "PHONE", "COMPLAINT", "2025-03-04", false);
		long answered = register(registrar, education, "HOTLINE_12345", "SUGGESTION", "2025-05-06", false);
		register(registrar, education, "MAILBOX", "CONSULTATION", "2025-06-13", true);
		// Received in another year: not counted in 2025.
		clock.setDay(LocalDate.of(2026, 1, 5));
		register(registrar, education, "ONLINE", "CONSULTATION", "2026-01-05", true);
		answer(answered, null, "{\"answer\":\"感谢建议。\"}", "edu.handler").andExpect(status().isOk());

		ConsultationStatistics.Yearly yearly = statistics.yearly(education, 2025);
		assertThat(yearly.received()).isEqualTo(4);
		assertThat(yearly.answered()).isEqualTo(1);
		assertThat(yearly.byChannel()).isEqualTo(Map.of("mailbox", 1, "online", 0, "phone", 2, "hotline12345", 1));
		assertThat(yearly.byType()).isEqualTo(Map.of("consultation", 2, "complaint", 1, "suggestion", 1));
		mvc.perform(get("/api/v1/consultations/statistics").param("agencyId", "" + education)
			.param("year", "2025")
			.header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(4))
			.andExpect(jsonPath("$.byChannel.phone").value(2))
			.andExpect(jsonPath("$.byType.suggestion").value(1));
		mvc.perform(get("/api/v1/consultations/statistics").param("agencyId", "" + education)
			.param("year", "2025")
			.header("Authorization", demo.bearer("handler"))).andExpect(status().isNotFound());
	}

	@Test
	void theApiChecksTheVersionAndAnswersProblemDetails() throws Exception {
		String handler = demo.bearer("handler");
		MvcResult created = mvc
			.perform(post("/api/v1/consultations").header("Authorization", demo.bearer("registrar"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(demo.commerce(), "PHONE", "CONSULTATION", "2025-06-13", false)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().exists("Location"))
			.andReturn();
		long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

		answer(id, "\"7\"", "{\"answer\":\"答复\"}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"));
		answer(id, "\"abc\"", "{\"answer\":\"答复\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("if-match.malformed"));
		answer(id, "\"0\"", "{\"answer\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("consultation.invalid"))
			.andExpect(jsonPath("$.fields.answer").exists());
		answer(id, "\"0\"", "{\"answer\":\"答复\"}", "registrar").andExpect(status().isForbidden());
		answer(id, "\"0\"", "{\"answer\":\"答复\"}").andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		answer(id, "\"1\"", "{\"answer\":\"再答复\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultation.already-answered"))
			.andExpect(jsonPath("$.detail").value(containsString("不能再次答复")));

		mvc.perform(post("/api/v1/consultations").header("Authorization", handler)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + demo.commerce() + ",\"channel\":\"PHONE\",\"receivedOn\":\"2025-06-20\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("consultation.invalid"))
			.andExpect(jsonPath("$.fields.title").exists())
			.andExpect(jsonPath("$.fields.type").exists())
			.andExpect(jsonPath("$.fields.receivedOn").exists());
		mvc.perform(get("/api/v1/consultations/{id}", id).header("Authorization", demo.bearer("finance.handler")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSupervisionViewShowsOnlyTheSubordinateAgenciesOfTheSupervisorsRegion() throws Exception {
		long overdue = register(demo.bearer("registrar"), demo.commerce(), "PHONE", "CONSULTATION", "2025-06-02",
				false);
		Agency otherRegion = agencies.save(new Agency(null, AgencyKind.REGION, "南阳市宛城区", null));
		Agency outside = agencies.save(new Agency(otherRegion.getId(), AgencyKind.AGENCY, "宛城区商务局", null));
		long outsideOverdue = insertOverdue(outside.getId());

		mvc.perform(get("/api/v1/consultations/supervision").header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies[*].agencyName").value(hasItem("卧龙区商务局")))
			.andExpect(jsonPath("$.agencies[*].agencyName").value(hasItem("卧龙区教育局")))
			.andExpect(jsonPath("$.agencies[*].agencyName").value(not(hasItem("宛城区商务局"))))
			.andExpect(jsonPath("$.agencies[*].agencyName").value(not(hasItem("卧龙区人民政府办公室"))))
			.andExpect(jsonPath("$.overdue[*].id").value(hasItem((int) overdue)))
			.andExpect(jsonPath("$.overdue[*].id").value(not(hasItem((int) outsideOverdue))));
		mvc.perform(get("/console/consultations/supervision").with(user(demo.staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卧龙区商务局")))
			.andExpect(content().string(not(containsString("宛城区商务局"))));
		mvc.perform(get("/api/v1/consultations/supervision").header("Authorization", demo.bearer("handler")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies").isEmpty())
			.andExpect(jsonPath("$.overdue").isEmpty());
	}

	@Test
	void theConsoleListFiltersByChannelTypeAndState() throws Exception {
		long hotline = register(demo.bearer("registrar"), demo.commerce(), "HOTLINE_12345", "COMPLAINT", "2025-06-13",
				false);
		mvc.perform(get("/console/consultations").param("channel", "HOTLINE_12345")
			.param("type", "COMPLAINT")
			.param("state", "OPEN")
			.with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/consultations/" + hotline + "\"")));
		mvc.perform(get("/console/consultations").param("channel", "PHONE").with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/console/consultations/" + hotline + "\""))));
		mvc.perform(get("/console/consultations/{id}", hotline).with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12345-2025-0001")))
			.andExpect(content().string(containsString("answer-form")));
		mvc.perform(get("/console/consultations/statistics").param("year", "2023").with(user(demo.staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 年收到留言 " + ConsultationDemoData.SEED_COUNT + " 件")));
	}

	private MockHttpServletRequestBuilder ask(long agencyId, String title, String body, String contact) {
		return ask(agencyId, "ONLINE", "CONSULTATION", title, body, contact);
	}

	private MockHttpServletRequestBuilder ask(long agencyId, String channel, String type, String title, String body,
			String contact) {
		return post("/questions/new").with(csrf())
			.param("agencyId", "" + agencyId)
			.param("channel", channel)
			.param("type", type)
			.param("title", title)
			.param("body", body)
			.param("name", "王小明")
			.param("contact", contact);
	}

	private long register(String token, long agencyId, String channel, String type, String receivedOn, boolean consent)
			throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/consultations").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(agencyId, channel, type, receivedOn, consent)))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String body(long agencyId, String channel, String type, String receivedOn, boolean consent) {
		return """
				{"agencyId": %d, "channel": "%s", "type": "%s", "receivedOn": "%s", "consent": %s,
				 "title": "单用途预付卡退费问题", "body": "本人赵敏，电话 13812345678，邮箱 zhaomin@example.com，健身房闭店后预付卡无法退费。",
				 "name": "赵敏", "contact": "13812345678", "hotlineNumber": %s}""".formatted(agencyId, channel, type,
				receivedOn, consent, channel.equals("HOTLINE_12345") ? "\"12345-2025-0001\"" : "null");
	}

	private ResultActions answer(long id, String ifMatch, String json) throws Exception {
		return answer(id, ifMatch, json, "handler");
	}

	private ResultActions answer(long id, String ifMatch, String json, String username) throws Exception {
		var request = post("/api/v1/consultations/{id}/answer", id).header("Authorization", demo.bearer(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return mvc.perform(request);
	}

	private long insertOverdue(long agencyId) {
		return jdbc.sql("""
				insert into consultation_question (agency_id, channel, question_type, title, body, asker_name,
				  asker_contact, consent, received_on, due_on, registered_by, created_at)
				values (:agency, 'PHONE', 'CONSULTATION', '宛城区的留言', '内容', '某人', '13900000000', false,
				  '2025-05-05', '2025-05-12', 'test', current_timestamp)""").param("agency", agencyId).update() > 0
				? idOf("宛城区的留言") : 0;
	}

	private long idOf(String title) {
		return jdbc.sql("select max(id) from consultation_question where title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private long count() {
		return jdbc.sql("select count(*) from consultation_question").query(Long.class).single();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long region() {
		return demo.agency("南阳市卧龙区");
	}

}
