package org.gongkai.agencies.web;

import java.util.Optional;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agencies API's refusals of input, before any agency is read or changed. */
class AgencyApiSliceTests extends WebSliceTest {

	static final String CHANGE = """
			{"contacts": {"name": "卧龙区商务局", "phone": "%s"}}
			""";

	String admin() {
		StaffPrincipal admin = staff(9, 7, Role.ADMINISTRATOR);
		given(apiTokens.authenticate("gk_admin")).willReturn(Optional.of(admin));
		return "Bearer gk_admin";
	}

	@Test
	void malformedJsonOverLongFieldsAMissingIfMatchAndABadIdAreProblemsAndChangeNothing() throws Exception {
		String admin = admin();
		mvc.perform(put("/api/v1/agencies/7").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"contacts\": {"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不符"));
		mvc.perform(put("/api/v1/agencies/7").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-Match", "\"3\"")
			.content(CHANGE.formatted("1".repeat(51))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields['contacts.phone']").value("内容过长"));
		mvc.perform(put("/api/v1/agencies/7").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"contacts\": {\"name\": \"\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields['contacts.name']").value("请填写机关名称"));
		for (String absent : new String[] { null, "*" }) {
			var request = put("/api/v1/agencies/7").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(CHANGE.formatted("0377-1"));
			if (absent != null) {
				request.header("If-Match", absent);
			}
			mvc.perform(request)
				.andExpect(status().is(428))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("if-match.required"));
		}
		mvc.perform(get("/api/v1/agencies/abc").header("Authorization", admin)).andExpect(status().isBadRequest());
		verifyNoInteractions(agencyAdministration);
	}

}
