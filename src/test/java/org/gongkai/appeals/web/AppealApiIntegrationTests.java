package org.gongkai.appeals.web;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.appeals.AppealsIntegrationTest;
import org.gongkai.requests.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API end to end: entry with idempotency, results with If-Match, problem
 * details, boundaries, table 四.
 */
class AppealApiIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	MockMvc mvc;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	String reconsiderationBody(String requestRef) {
		return """
				{"agencyId":%d,"kind":"RECONSIDERATION","requestRef":"%s","body":"南阳市卧龙区人民政府",
				 "caseNumber":"卧政复〔2026〕31 号","filedOn":"%s","contestedAct":"REPLY","claims":"撤销答复"}
				""".formatted(commerce(), requestRef, today());
	}

	long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void entersACaseOnceUnderAnIdempotencyKeyAndRecordsARevocationThatReopensTheApplication() throws Exception {
		long requestId = answeredApplication(Outcome.UNAVAILABLE_NOT_HELD);
		String tracking = jdbc.sql("select tracking_code from information_request where id = :id")
			.param("id", requestId)
			.query(String.class)
			.single();
		String token = demo.bearer("handler");

		MvcResult created = mvc
			.perform(json(post("/api/v1/appeals"), token, reconsiderationBody(tracking)).header("Idempotency-Key",
					"api-once-" + requestId))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.result").value("PENDING"))
			.andExpect(jsonPath("$.application.trackingCode").value(tracking))
			.andExpect(jsonPath("$.history[0].action").value("appeal.registered"))
			.andReturn();
		long id = id(created);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/appeals/" + id);
		mvc.perform(json(post("/api/v1/appeals"), token, reconsiderationBody(tracking)).header("Idempotency-Key",
				"api-once-" + requestId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));

		mvc.perform(json(post("/api/v1/appeals/{id}/decision", id), token,
				"{\"disposition\":\"REVOKED\",\"decidedOn\":\"" + today() + "\",\"documentNumber\":\"卧政复决〔2026〕31 号\"}")
			.header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.result").value("CORRECTED"))
			.andExpect(jsonPath("$.requestReopenedOn").value(today().toString()))
			.andExpect(jsonPath("$.application.status").value("IN_HANDLING"));
		mvc.perform(json(post("/api/v1/appeals/{id}/decision", id), token,
				"{\"disposition\":\"UPHELD\",\"decidedOn\":\"" + today() + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("appeal.already-decided"));
	}

	@Test
	void badInputAnswersProblemDetailsWithAChineseMessagePerField() throws Exception {
		String token = demo.bearer("handler");
		long before = jdbc.sql("select count(*) from appeal_case").query(Long.class).single();

		mvc.perform(json(post("/api/v1/appeals"), token, """
				{"agencyId":%d,"kind":"RECONSIDERATION","filedOn":"%s"}
				""".formatted(commerce(), today().plusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("appeal.invalid"))
			.andExpect(jsonPath("$.fields.requestRef").value(containsString("申请编号")))
			.andExpect(jsonPath("$.fields.body").value("请填写复议机关或法院"))
			.andExpect(jsonPath("$.fields.filedOn").value(containsString("日期不能晚于今天")))
			.andExpect(jsonPath("$.fields.contestedAct").value("请选择被申请复议（被诉）的行为"));
		mvc.perform(json(post("/api/v1/appeals"), token, "{\"agencyId\":%d,\"kind\":\"APPEAL\"}".formatted(commerce())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(post("/api/v1/appeals"), token, reconsiderationBody("GK-NOPE-NOPE-00")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.requestRef").value("本机关没有编号为 GK-NOPE-NOPE-00 的申请"));

		assertThat(jdbc.sql("select count(*) from appeal_case").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aStaleIfMatchConflictsAndChangesNothing() throws Exception {
		String token = demo.bearer("handler");
		long id = id(mvc
			.perform(json(post("/api/v1/appeals"), token,
					reconsiderationBody(Long.toString(answeredApplication(Outcome.GRANTED)))))
			.andReturn());
		mvc.perform(json(put("/api/v1/appeals/{id}/facts", id), token, """
				{"body":"南阳市卧龙区人民政府","caseNumber":"卧政复〔2026〕32 号","filedOn":"%s","contestedAct":"REPLY"}
				""".formatted(today())).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseNumber").value("卧政复〔2026〕32 号"));

		mvc.perform(json(post("/api/v1/appeals/{id}/decision", id), token,
				"{\"disposition\":\"UPHELD\",\"decidedOn\":\"" + today() + "\"}")
			.header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(get("/api/v1/appeals/{id}", id).header("Authorization", token))
			.andExpect(jsonPath("$.result").value("PENDING"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void agencyBoundariesAndRolesHoldInTheApi() throws Exception {
		long id = id(mvc
			.perform(json(post("/api/v1/appeals"), demo.bearer("handler"),
					reconsiderationBody(Long.toString(answeredApplication(Outcome.GRANTED)))))
			.andReturn());

		mvc.perform(get("/api/v1/appeals/{id}", id).header("Authorization", demo.bearer("edu.handler")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/appeals/{id}", id).header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicantName").value("王小明"));
		mvc.perform(json(post("/api/v1/appeals/{id}/decision", id), demo.bearer("supervisor"),
				"{\"disposition\":\"UPHELD\",\"decidedOn\":\"" + today() + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/appeals/{id}/void", id), demo.bearer("handler"), "{\"reason\":\"误录\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/appeals/{id}/void", id), demo.bearer("head"), "{\"reason\":\"误录\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
		mvc.perform(get("/api/v1/appeals").param("voided", "true").header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.id == " + id + ")].applicant").value("王**"));
		mvc.perform(get("/api/v1/appeals").header("Authorization", demo.bearer("edu.handler")))
			.andExpect(jsonPath("$.rows[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/appeals/{id}", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void documentsAreCheckedByContent() throws Exception {
		String token = demo.bearer("handler");
		long id = id(mvc
			.perform(json(post("/api/v1/appeals"), token,
					reconsiderationBody(Long.toString(answeredApplication(Outcome.GRANTED)))))
			.andReturn());
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };

		mvc.perform(multipart("/api/v1/appeals/{id}/documents", id)
			.file(new MockMultipartFile("file", "决定书.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.header("Authorization", token))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type"));
		MvcResult stored = mvc
			.perform(multipart("/api/v1/appeals/{id}/documents", id)
				.file(new MockMultipartFile("file", "决定书扫描件.png", "image/png", png))
				.param("kind", "DECISION")
				.header("Authorization", token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andReturn();
		String href = JsonPath.read(stored.getResponse().getContentAsString(), "$.href");
		mvc.perform(get(href).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
		mvc.perform(get("/api/v1/appeals/{id}", id).header("Authorization", token))
			.andExpect(jsonPath("$.documents.length()").value(1));
	}

	@Test
	void tableFourHasTheAnnualReportKeysAndTheDemoCases() throws Exception {
		int demoYear = today().getYear() - 1;

		mvc.perform(get("/api/v1/appeals/statistics").param("agencyId", Long.toString(commerce()))
			.param("year", Integer.toString(demoYear))
			.header("Authorization", demo.bearer("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewAndLitigation.reconsideration.upheld").value(1))
			.andExpect(jsonPath("$.reviewAndLitigation.reconsideration.total").value(1))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationDirect.pending").value(1))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationDirect.total").value(1))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationAfterReconsideration.upheld").value(1))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationAfterReconsideration.corrected").value(0))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationAfterReconsideration.other").value(0))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationAfterReconsideration.pending").value(0))
			.andExpect(jsonPath("$.reviewAndLitigation.litigationAfterReconsideration.total").value(1));
		mvc.perform(get("/api/v1/appeals/statistics").param("agencyId", Long.toString(agency("卧龙区教育局")))
			.param("year", Integer.toString(demoYear))
			.header("Authorization", demo.bearer("handler"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/appeals/statistics").param("agencyId", Long.toString(commerce()))
			.param("year", "twenty")
			.header("Authorization", demo.bearer("handler"))).andExpect(status().isBadRequest());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/appeals/statistics']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/appeals/{id}/decision']").exists());
	}

}
