package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.Channel;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API end to end: intake, idempotency, every step, errors as problem details,
 * agency boundaries.
 */
class RequestApiIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	long agency(String name) {
		return agencies.findAll()
			.stream()
			.filter(a -> a.getName().equals(name))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	String bearer(String username) {
		return "Bearer " + tokens.create(staff(username), "test");
	}

	static final String PERSON = """
			{"applicantType":"NATURAL_PERSON","name":"王小明","idType":"RESIDENT_ID","idNumber":"%s",
			 "phone":"13800138000","email":"wang@example.cn","title":"2024 年度商贸流通专项资金分配结果",
			 "formWanted":"ELECTRONIC","deliveryWanted":"EMAIL"}
			""".formatted(Fixtures.IDENTITY_NUMBER);

	String intakeBody(long agencyId, String channel, String extra) {
		return """
				{"agencyId":%d,"channel":"%s",%s"application":%s}
				""".formatted(agencyId, channel, extra, PERSON);
	}

	MvcResult register(String token, String key) throws Exception {
		var builder = post("/api/v1/requests").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intakeBody(agency("卧龙区商务局"), "IN_PERSON", ""));
		if (key != null) {
			builder.header("Idempotency-Key", key);
		}
		return mvc.perform(builder).andReturn();
	}

	long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheSameApplication() throws Exception {
		String token = bearer("registrar");
		String key = "retry-" + System.nanoTime();

		MvcResult first = register(token, key);
		MvcResult retry = register(token, key);

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(retry.getResponse().getStatus()).isEqualTo(200);
		assertThat(id(retry)).isEqualTo(id(first));
		assertThat(jdbc.sql("select count(*) from information_request where submission_key like :key")
			.param("key", "%" + key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aKeyReusedForDifferentContentIsRefused() throws Exception {
		String token = bearer("registrar");
		String key = "reuse-" + System.nanoTime();
		register(token, key);

		mvc.perform(post("/api/v1/requests").header("Authorization", token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intakeBody(agency("卧龙区商务局"), "IN_PERSON", "").replace("王小明", "李四")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.idempotency-key-reused"));
	}

	@Test
	void concurrentSubmissionsWithOneKeyMakeExactlyOneApplication() throws Exception {
		String key = "form:" + UUID.randomUUID();
		long agencyId = agency("卧龙区商务局");
		List<String> codes = Fixtures.concurrently(8,
				() -> intake
					.submit(agencyId, new InformationRequest.Intake(Channel.ONLINE, TODAY, null, null, null),
							Fixtures.personDraft(), key, List.of(), Actor.PUBLIC)
					.reference()
					.trackingCode());

		assertThat(new HashSet<>(codes)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from information_request where submission_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyTheAgencysRegistrarRegistersAndAnotherAgencyIsNotRevealed() throws Exception {
		long before = jdbc.sql("select count(*) from information_request").query(Long.class).single();

		assertThat(register(bearer("handler"), null).getResponse().getStatus()).as("handler of the agency")
			.isEqualTo(403);
		// edu.handler is registrar of 卧龙区教育局 only: 卧龙区商务局 is answered like a missing
		// agency.
		assertThat(register(bearer("edu.handler"), null).getResponse().getStatus()).as("registrar elsewhere")
			.isEqualTo(404);

		assertThat(jdbc.sql("select count(*) from information_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void invalidFieldsAreListedInChineseAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from information_request").query(Long.class).single();

		mvc.perform(post("/api/v1/requests").header("Authorization", bearer("registrar"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(intakeBody(agency("卧龙区商务局"), "IN_PERSON", "")
				.replace(Fixtures.IDENTITY_NUMBER, "411303198506120000")
				.replace("\"title\":\"2024 年度商贸流通专项资金分配结果\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.fields.idNumber").value(containsString("身份证号码不正确")))
			.andExpect(jsonPath("$.fields.title").value("请填写所需政府信息的名称"));

		assertThat(jdbc.sql("select count(*) from information_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void registeredMailIsReceivedOnTheDaySignedForThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/requests").header("Authorization", bearer("registrar"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(intakeBody(agency("卧龙区商务局"), "REGISTERED_MAIL",
					"\"submittedOn\":\"2025-02-26\",\"signedForOn\":\"2025-02-28\",\"receiptNote\":\"EMS 1180\",")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedOn").value("2025-02-28"))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	void anOrdinaryLetterWaitsForConfirmationAndIsReceivedOnTheDayItArrived() throws Exception {
		String token = bearer("registrar");
		MvcResult letter = mvc
			.perform(post("/api/v1/requests").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(intakeBody(agency("卧龙区商务局"), "ORDINARY_LETTER", "\"submittedOn\":\"2025-02-28\",")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.clock.badge").value("NONE"))
			.andReturn();

		// Article 31 (二): confirmed the day it arrives; a later confirmation needs a
		// reason and
		// the letter stays received on its arrival day (issue 11, item 8).
		mvc.perform(post("/api/v1/requests/{id}/receipt-confirmation", id(letter)).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2025-03-03\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.late-confirmation-reason-missing"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十一条第（二）项")));
		mvc.perform(post("/api/v1/requests/{id}/receipt-confirmation", id(letter)).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2025-03-03\",\"reason\":\"周五下班后送达，周一确认\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedOn").value("2025-03-03"))
			.andExpect(jsonPath("$.confirmationReason").value("周五下班后送达，周一确认"))
			.andExpect(jsonPath("$.receivedOn").value("2025-02-28"))
			.andExpect(jsonPath("$.clock.replyDue").value("2025-03-28"));
	}

	@Test
	void theWholeLifecycleRunsThroughTheApiAndShowsInTheStatistics() throws Exception {
		long id = id(register(bearer("registrar"), null));
		String handler = bearer("handler");

		step(bearer("registrar"), "/api/v1/requests/" + id + "/acceptance",
				"{\"handlerId\":" + staff("handler").id() + "}")
			.andExpect(jsonPath("$.status").value("IN_HANDLING"));
		step(handler, "/api/v1/requests/" + id + "/consultations",
				"{\"kind\":\"THIRD_PARTY\",\"party\":\"南阳宛商贸易有限公司\"}")
			.andExpect(jsonPath("$.clock.paused").value(true));
		step(handler, "/api/v1/requests/" + id + "/consultations/1/answer", "{\"answer\":\"同意公开\"}")
			.andExpect(jsonPath("$.consultations[0].answeredOn").value("2025-03-03"));
		step(handler, "/api/v1/requests/" + id + "/draft", "{\"outcome\":\"PARTIALLY_GRANTED\",\"text\":\"部分公开\"}")
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.draftLegalBasis").value("《条例》第三十七条"));
		step(bearer("reviewer"), "/api/v1/requests/" + id + "/review", "{\"approve\":true,\"comment\":\"同意\"}")
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.reviews[0].reviewerName").value("审核人 刘洋"));
		step(handler, "/api/v1/requests/" + id + "/answer", "{\"delivery\":\"EMAIL\"}")
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.outcome").value("PARTIALLY_GRANTED"))
			.andExpect(jsonPath("$.history[*].action").value(Matchers.hasItems("request.registered", "request.accepted",
					"request.consultation-started", "request.reply-reviewed", "request.answered")));

		mvc.perform(get("/api/v1/requests/statistics").header("Authorization", bearer("reviewer"))
			.param("agencyId", Long.toString(agency("卧龙区商务局")))
			.param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.applications.partiallyGranted.naturalPerson").value(Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.applications.withheld.stateSecret.total").exists())
			.andExpect(jsonPath("$.applications.otherDisposal.correctionOverdue.otherOrganization").exists())
			.andExpect(jsonPath("$.applications.carriedForward.total").exists());
	}

	@Test
	void aStaleIfMatchIsAConflictAndChangesNothing() throws Exception {
		long id = id(register(bearer("registrar"), null));
		String registrar = bearer("registrar");
		step(registrar, "/api/v1/requests/" + id + "/acceptance", "{\"handlerId\":" + staff("handler").id() + "}");

		mvc.perform(post("/api/v1/requests/{id}/withdrawal", id).header("Authorization", registrar)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"申请人电话撤回\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(get("/api/v1/requests/{id}", id).header("Authorization", registrar))
			.andExpect(jsonPath("$.status").value("IN_HANDLING"));
	}

	@Test
	void actionsOutOfOrderAnswer409WithTheBrokenRule() throws Exception {
		long id = id(register(bearer("registrar"), null));

		mvc.perform(post("/api/v1/requests/{id}/answer", id).header("Authorization", bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"delivery\":\"EMAIL\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.wrong-status"))
			.andExpect(jsonPath("$.detail").value(containsString("不能答复")));
	}

	@Test
	void staffOfAnotherAgencySeeNothingAndTheSupervisorReadsButCannotAct() throws Exception {
		long id = id(register(bearer("registrar"), null));

		mvc.perform(get("/api/v1/requests/{id}", id).header("Authorization", bearer("edu.handler")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/requests/{id}/withdrawal", id).header("Authorization", bearer("finance.handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/requests").header("Authorization", bearer("edu.handler")))
			.andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) id))));
		mvc.perform(get("/api/v1/requests/{id}", id).header("Authorization", bearer("supervisor")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/requests/{id}/withdrawal", id).header("Authorization", bearer("supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/requests").header("Authorization", bearer("edu.handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(intakeBody(agency("卧龙区商务局"), "IN_PERSON", ""))).andExpect(status().isNotFound());
	}

	@Test
	void listsPageByKeysetWithoutRepeatsOrGaps() throws Exception {
		String token = bearer("registrar");
		for (int i = 0; i < 5; i++) {
			register(token, null);
		}
		Set<Object> seen = new HashSet<>();
		Long before = null;
		int pages = 0;
		do {
			var request = get("/api/v1/requests").header("Authorization", token).param("limit", "2");
			if (before != null) {
				request.param("beforeId", before.toString());
			}
			String json = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Object> ids = JsonPath.read(json, "$.items[*].id");
			for (Object each : ids) {
				assertThat(seen.add(each)).as("no repeats").isTrue();
			}
			Number next = JsonPath.read(json, "$.nextBeforeId");
			before = next == null ? null : next.longValue();
			pages++;
		}
		while (before != null && pages < 1000);
		long total = jdbc.sql("select count(*) from information_request where agency_id = :a")
			.param("a", agency("卧龙区商务局"))
			.query(Long.class)
			.single();
		assertThat(seen).hasSize((int) total);
	}

	@Test
	void theListFindsAnApplicationByItsTrackingCodeTypedInAnyCaseOrByPartOfTheTitle() throws Exception {
		String token = bearer("registrar");
		long id = id(register(token, null));
		String code = JsonPath.read(mvc.perform(get("/api/v1/requests/{id}", id).header("Authorization", token))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode");

		mvc.perform(get("/api/v1/requests").header("Authorization", token).param("q", " " + code.toLowerCase() + " "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(Matchers.contains((int) id)));
		mvc.perform(get("/api/v1/requests").header("Authorization", token).param("q", "商贸流通专项资金"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) id)));
		mvc.perform(get("/api/v1/requests").header("Authorization", token).param("q", "GK-0000-0000-00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void listsFilteredByReceiptDatesPageNewestReceiptFirstWithoutRepeatsOrGaps() throws Exception {
		// Received out of id order, two on one day, so that the keyset must carry the day
		// as well as the id.
		for (int day : new int[] { 5, 3, 7, 3, 6, 4 }) {
			LocalDate received = LocalDate.of(2026, 8, day);
			clock.setDay(received);
			intake.submit(new RequestIntake.NewApplication(agency("卧龙区商务局"),
					new InformationRequest.Intake(Channel.IN_PERSON, received, null, null, null), Fixtures.person(),
					Fixtures.sought(), null, null), Actor.PUBLIC);
		}
		clock.setDay(LocalDate.of(2026, 8, 10));
		String token = bearer("registrar");
		List<List<Object>> seen = new ArrayList<>();
		Long before = null;
		int pages = 0;
		do {
			var request = get("/api/v1/requests").header("Authorization", token)
				.param("receivedFrom", "2026-08-04")
				.param("receivedTo", "2026-08-07")
				.param("limit", "2");
			if (before != null) {
				request.param("beforeId", before.toString());
			}
			String json = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Object> ids = JsonPath.read(json, "$.items[*].id");
			List<Object> days = JsonPath.read(json, "$.items[*].receivedOn");
			for (int i = 0; i < ids.size(); i++) {
				seen.add(List.of(days.get(i), ((Number) ids.get(i)).longValue()));
			}
			Number next = JsonPath.read(json, "$.nextBeforeId");
			before = next == null ? null : next.longValue();
			pages++;
		}
		while (before != null && pages < 100);
		List<List<Object>> expected = jdbc.sql("""
				select cast(received_on as varchar) as received, id from information_request
				where agency_id = :a and received_on between date '2026-08-04' and date '2026-08-07'
				order by received_on desc, id desc""")
			.param("a", agency("卧龙区商务局"))
			.query((rs, n) -> List.<Object>of(rs.getString("received"), rs.getLong("id")))
			.list();
		assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
		assertThat(seen).isEqualTo(expected);
	}

	@Test
	void anApplicantSubmitsOnlineAndFollowsTheCaseWithTheAccessCode() throws Exception {
		String json = mvc
			.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "pub-" + System.nanoTime())
				.content("{\"agencyId\":" + agency("卧龙区商务局") + ",\"application\":" + PERSON
						+ ",\"attachments\":[{\"filename\":\"身份证.png\",\"contentBase64\":\""
						+ Base64.getEncoder().encodeToString(RequestDocumentsTests.PNG) + "\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(json, "$.trackingCode");
		String access = JsonPath.read(json, "$.accessCode");

		mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + code + "\",\"verification\":\"" + access + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.documents[0].filename").value("身份证.png"));
		String tail = Fixtures.IDENTITY_NUMBER.substring(14);
		mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + code.toLowerCase() + "\",\"verification\":\"" + tail + "\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void aDisguisedUploadIsRefusedAndNoApplicationIsMade() throws Exception {
		long before = jdbc.sql("select count(*) from information_request").query(Long.class).single();
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":" + agency("卧龙区商务局") + ",\"application\":" + PERSON
					+ ",\"attachments\":[{\"filename\":\"scan.pdf\",\"contentBase64\":\""
					+ Base64.getEncoder().encodeToString("MZ\u0090\u0000fake".getBytes()) + "\"}]}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type"));
		assertThat(jdbc.sql("select count(*) from information_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void forgedTrackingCodesAreRefusedAndGuessingIsLimitedPerAddress() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON).with(request -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			}).content("{\"trackingCode\":\"GK-0000-0000-" + (10 + i) + "\",\"verification\":\"ABCDEFGH\"}"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("申请编号或验证信息不正确"));
		}
		mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		}).content("{\"trackingCode\":\"GK-0000-0000-99\",\"verification\":\"ABCDEFGH\"}"))
			.andExpect(status().isTooManyRequests());
		mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr("203.0.113.78");
			return request;
		}).content("{\"trackingCode\":\"GK-0000-0000-99\",\"verification\":\"ABCDEFGH\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDescriptionCoversIntakeEveryStepStatisticsAndThePublicApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/requests'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/requests/{id}/extension'].post.summary").value("申请延长答复期限"))
			.andExpect(jsonPath("$.paths['/api/v1/requests/{id}/review'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/requests/statistics'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/requests/track'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
	}

	@Test
	void theApplicantsViewNeverShowsTheInternalIdentifier() throws Exception {
		var submission = intake.submit(agency("卧龙区商务局"),
				new InformationRequest.Intake(Channel.ONLINE, TODAY, null, null, null), Fixtures.personDraft(), null,
				List.of(), Actor.PUBLIC);
		mvc.perform(post("/api/v1/public/requests/track").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + submission.reference().trackingCode() + "\",\"verification\":\""
					+ submission.accessCode() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requestId").doesNotExist())
			.andExpect(jsonPath("$.trackingCode").value(submission.reference().trackingCode()));
	}

	private ResultActions step(String token, String path, String body) throws Exception {
		return mvc
			.perform(MockMvcRequestBuilders.post(path)
				.header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
	}

}
