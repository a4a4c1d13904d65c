package org.gongkai.appeals.web;

import java.util.Optional;

import org.gongkai.agencies.Role;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appeals API's refusals of input that never reach {@code AppealHandling}. */
class AppealApiSliceTests extends WebSliceTest {

	ResultActions postJson(String path, String ifMatch, String body) throws Exception {
		given(apiTokens.authenticate("gk_handler")).willReturn(Optional.of(staff(2, 7, Role.HANDLER)));
		var request = post(path).header("Authorization", "Bearer gk_handler")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return mvc.perform(request).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void malformedJsonWrongTypesAndUnknownChoicesAre400AndNothingIsRegistered() throws Exception {
		postJson("/api/v1/appeals", null, "{\"agencyId\":7,\"kind\":").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不符"));
		postJson("/api/v1/appeals", null, "{\"agencyId\":\"seven\",\"kind\":\"RECONSIDERATION\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不符"));
		postJson("/api/v1/appeals", null, "{\"agencyId\":7,\"kind\":\"COMPLAINT\"}").andExpect(status().isBadRequest());
		postJson("/api/v1/appeals", null, "{\"agencyId\":7,\"kind\":\"RECONSIDERATION\",\"filedOn\":\"2025-02-30\"}")
			.andExpect(status().isBadRequest());
		postJson("/api/v1/appeals/5/decision", "\"0\"", "{\"disposition\":\"UPHELD\",\"decidedOn\":\"2025-13-01\"}")
			.andExpect(status().isBadRequest());
		verifyNoInteractions(appealHandling);
	}

	@Test
	void aMalformedIfMatchIs400AndNoTokenIs401() throws Exception {
		for (String malformed : new String[] { "\"abc\"", "\"3", "\"-1\"" }) {
			postJson("/api/v1/appeals/5/decision", malformed,
					"{\"disposition\":\"UPHELD\",\"decidedOn\":\"2025-03-03\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("if-match.malformed"));
		}
		mvc.perform(get("/api/v1/appeals/5")).andExpect(status().isUnauthorized());
		mvc.perform(
				post("/api/v1/appeals/5/void").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"误录\"}"))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(appealHandling);
	}

}
