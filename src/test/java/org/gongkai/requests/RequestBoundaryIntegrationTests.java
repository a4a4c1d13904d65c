package org.gongkai.requests;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application's boundary against bad input (issue 9): each cause that reached a 500
 * is refused with a 4xx and a message and changes nothing; idempotency covers the whole
 * submission; the public form binds strictly; tracking gets a new session; another
 * agency's staff learn nothing from a version.
 */
class RequestBoundaryIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	static final String PERSON = RequestApiIntegrationTests.PERSON;

	long agency(String name) {
		return agencyDirectory.findAll()
			.stream()
			.filter(a -> a.getName().equals(name))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	long count() {
		return jdbc.sql("select count(*) from information_request").query(Long.class).single();
	}

	MockHttpServletRequestBuilder publicSubmission(long agencyId, String attachments) {
		return post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyId":%d,"application":%s,"attachments":%s}
				""".formatted(agencyId, PERSON, attachments));
	}

	@Test
	void anIdempotencyKeyLongerThanAllowedIsRefusedOnceWithAMessage() throws Exception {
		long before = count();
		mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", "k".repeat(300)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("input.idempotency-key"))
			.andExpect(jsonPath("$.fields", hasKey("Idempotency-Key")))
			.andExpect(jsonPath("$.detail", containsString("100")));
		// Characters, not UTF-16 units: 100 characters outside the BMP are a valid key.
		mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", "😀".repeat(100)))
			.andExpect(status().isCreated());
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aFormTokenLongerThanAllowedIsAnErrorOnTheForm() throws Exception {
		long before = count();
		mvc.perform(post("/apply").with(csrf())
			.param("agencyId", String.valueOf(commerce()))
			.param("token", "t".repeat(300))
			.param("applicantType", "NATURAL_PERSON")
			.param("name", "王小明")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", Fixtures.IDENTITY_NUMBER)
			.param("phone", "13800138000")
			.param("title", "专项资金分配结果")
			.param("formWanted", "ELECTRONIC")
			.param("deliveryWanted", "ONLINE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("applyForm"))
			.andExpect(content().string(containsString("表单令牌无效")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void nulAndUnpairedSurrogatesAreRefusedInJsonAndInParameters() throws Exception {
		String bad = PERSON.replace("王小明", "王\\u0000明");
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":%d,\"application\":%s}".formatted(commerce(), bad)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("input.characters"))
			.andExpect(jsonPath("$.fields", hasKey("application.name")));
		mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":%d,\"application\":%s}".formatted(commerce(), PERSON.replace("王小明", "王\\ud800明"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("input.characters"));
		mvc.perform(get("/console/requests").with(user(staff("registrar"))).param("q", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不允许的字符")));
		mvc.perform(get("/api/v1/requests").header("Authorization", "Bearer " + tokens.create(staff("registrar"), "t"))
			.param("q", "a\ud800b")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields", hasKey("q")));
	}

	@Test
	void aConsultationWithoutAKindIsRefusedWithAMessage() throws Exception {
		long id = assignedCase(TODAY);
		mvc.perform(post("/api/v1/requests/{id}/consultations", id)
			.header("Authorization", "Bearer " + tokens.create(staff("handler"), "t"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"第三方 某公司\",\"sentOn\":\"2025-03-03\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("kind")));
		// The service refuses it too, whoever calls it.
		assertThatThrownBy(() -> handling.consult(staff("handler"), id, null, null, "第三方 某公司", TODAY))
			.isInstanceOf(InvalidInput.class);
		assertThat(handling.show(staff("handler"), id).getConsultations()).isEmpty();
	}

	@Test
	void aSplitPartTitleLongerThanTheColumnAndTooManyPartsAreRefused() throws Exception {
		long id = assignedCase(TODAY);
		String token = "Bearer " + tokens.create(staff("handler"), "t");
		mvc.perform(post("/api/v1/requests/{id}/split", id).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parts\":[{\"title\":\"一\"},{\"title\":\"%s\"}]}".formatted("长".repeat(501))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields", hasKey("parts[1].title")));
		String many = String.join(",", java.util.Collections.nCopies(21, "{\"title\":\"一项\"}"));
		mvc.perform(post("/api/v1/requests/{id}/split", id).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parts\":[" + many + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.codes[0]").value("request.split.too-many"));
		// 500 characters outside the BMP fit the column: characters are counted.
		mvc.perform(post("/api/v1/requests/{id}/split", id).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parts\":[{\"title\":\"一\"},{\"title\":\"%s\"}]}".formatted("𠀀".repeat(500))))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(post("/console/requests/{id}/split", id).with(user(staff("handler")))
			.with(csrf())
			.param("parts", "一\n" + "长".repeat(501)))
			.andExpect(redirectedUrl("/console/requests/" + id))
			.andExpect(flash().attribute("error", containsString("500")));
	}

	@Test
	void theSameKeyForAnotherAgencyOrOtherAttachmentsIsAConflict() throws Exception {
		String key = "whole-" + UUID.randomUUID();
		String pdf = "[{\"filename\":\"a.pdf\",\"contentBase64\":\"%s\"}]"
			.formatted(java.util.Base64.getEncoder().encodeToString(RequestDocumentsTests.PDF));
		mvc.perform(publicSubmission(commerce(), pdf).header("Idempotency-Key", key)).andExpect(status().isCreated());
		mvc.perform(publicSubmission(commerce(), pdf).header("Idempotency-Key", key)).andExpect(status().isOk());
		mvc.perform(publicSubmission(agency("卧龙区教育局"), pdf).header("Idempotency-Key", key))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.idempotency-key-reused"));
		mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", key))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.idempotency-key-reused"));
	}

	@Test
	void aRetryAnswersTheSameApplicationWhateverItsAggregateRowsLookLike() throws Exception {
		String key = "robust-" + UUID.randomUUID();
		MvcResult first = mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andReturn();
		String code = JsonPath.read(first.getResponse().getContentAsString(), "$.trackingCode");
		// A crash can leave the key's row without the rows of its collections.
		jdbc.sql(
				"delete from request_round where request_id = (select id from information_request where tracking_code = :c)")
			.param("c", code)
			.update();
		mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(code));
	}

	@Test
	void unknownOrMissingChoicesOnTheApplyFormAreFieldErrors() throws Exception {
		long before = count();
		mvc.perform(post("/apply").with(csrf())
			.param("agencyId", String.valueOf(commerce()))
			.param("token", UUID.randomUUID().toString())
			.param("applicantType", "ALIEN")
			.param("name", "王小明")
			.param("idType", "PASSPORT_OF_MARS")
			.param("idNumber", Fixtures.IDENTITY_NUMBER)
			.param("phone", "13800138000")
			.param("title", "专项资金分配结果")
			.param("deliveryWanted", "PIGEON"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("applyForm", "applicantType", "idType", "formWanted",
					"deliveryWanted"))
			.andExpect(content().string(containsString("请从列表中选择申请人类型")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void trackingIssuesANewSessionAfterVerification() throws Exception {
		String key = "session-" + UUID.randomUUID();
		MvcResult submitted = mvc.perform(publicSubmission(commerce(), "[]").header("Idempotency-Key", key))
			.andReturn();
		String code = JsonPath.read(submitted.getResponse().getContentAsString(), "$.trackingCode");
		String access = JsonPath.read(submitted.getResponse().getContentAsString(), "$.accessCode");
		Cookie planted = mvc.perform(get("/track")).andReturn().getResponse().getCookie("SESSION");
		Cookie issued = mvc.perform(
				post("/track").with(csrf()).cookie(planted).param("trackingCode", code).param("verification", access))
			.andExpect(redirectedUrl("/track/status"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(issued).isNotNull();
		assertThat(issued.getValue()).isNotEqualTo(planted.getValue());
		mvc.perform(get("/track/status").cookie(planted)).andExpect(redirectedUrl("/track"));
		mvc.perform(get("/track/status").cookie(issued)).andExpect(status().isOk());
	}

	@Test
	void aNonNumericOrHugeVersionInAConsoleFormIsRefusedWithAMessage() throws Exception {
		long id = assignedCase(TODAY);
		for (String version : List.of("abc", "1.5", "99999999999999999999")) {
			mvc.perform(post("/console/requests/{id}/archive", id).with(user(staff("handler")))
				.with(csrf())
				.param("version", version))
				.andExpect(redirectedUrl("/console/requests/" + id))
				.andExpect(flash().attributeExists("error"));
		}
	}

	@Test
	void anotherAgencysStaffGetNotFoundBeforeAnyVersionIsCompared() throws Exception {
		long id = assignedCase(TODAY);
		String other = "Bearer " + tokens.create(staff("edu.handler"), "t");
		for (String version : List.of("\"999\"", "\"1\"", "\"0\"")) {
			mvc.perform(post("/api/v1/requests/{id}/archive", id).header("Authorization", other)
				.header("If-Match", version)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isNotFound());
		}
		mvc.perform(post("/console/requests/{id}/archive", id).with(user(staff("edu.handler")))
			.with(csrf())
			.param("version", "999")).andExpect(status().isNotFound());
	}

}
