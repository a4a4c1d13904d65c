package org.gongkai.requests.web;

import java.util.Optional;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.Mockito.doThrow;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.any;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applications' API and case-page steps without a database: sign-in, roles the
 * controller checks, and input that never reaches {@code RequestIntake} or
 * {@code RequestHandling}.
 */
class RequestWebSliceTests extends WebSliceTest {

	static final long AGENCY = 7;

	static final String PERSON = """
			{"applicantType":"NATURAL_PERSON","name":"王小明","idType":"RESIDENT_ID","idNumber":"411303198506120029",
			 "phone":"13800138000","title":"2024 年度商贸流通专项资金分配结果","formWanted":"ELECTRONIC","deliveryWanted":"EMAIL"}
			""";

	String bearer(StaffPrincipal staff) {
		given(apiTokens.authenticate("gk_slice")).willReturn(Optional.of(staff));
		return "Bearer gk_slice";
	}

	ResultActions postJson(String path, String token, String ifMatch, String body) throws Exception {
		var request = post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return mvc.perform(request).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiWithoutAValidTokenIs401AndNothingIsCalled() throws Exception {
		mvc.perform(get("/api/v1/requests/1"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/requests/1/withdrawal").header("Authorization", "Bearer gk_unknown")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isUnauthorized());
		verifyNoInteractions(requestHandling, requestIntake);
	}

	@Test
	void aMalformedIfMatchOnAStepIs400AndNothingIsCalled() throws Exception {
		String token = bearer(staff(1, AGENCY, Role.REGISTRAR));
		for (String malformed : new String[] { "\"abc\"", "W/\"x1\"", "\"3", "\"1\", \"2\"", "\"-1\"" }) {
			postJson("/api/v1/requests/5/withdrawal", token, malformed, "{\"reason\":\"申请人电话撤回\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("if-match.malformed"));
		}
		verifyNoInteractions(requestHandling);
	}

	@Test
	void malformedJsonMissingFieldsAndWrongTypesAre400ProblemsAndNothingIsRegistered() throws Exception {
		String token = bearer(staff(1, AGENCY, Role.REGISTRAR));
		postJson("/api/v1/requests", token, null, "{\"agencyId\": 7, \"channel\": ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不符"));
		postJson("/api/v1/requests", token, null, "{\"agencyId\": 7, \"application\": " + PERSON + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("须提供 agencyId、channel 和 application"));
		postJson("/api/v1/requests", token, null,
				"{\"agencyId\": \"seven\", \"channel\": \"IN_PERSON\", \"application\": " + PERSON + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不符"));
		postJson("/api/v1/requests", token, null,
				"{\"agencyId\": 7, \"channel\": \"PIGEON\", \"application\": " + PERSON + "}")
			.andExpect(status().isBadRequest());
		postJson("/api/v1/requests/5/receipt-confirmation", token, "\"0\"", "{\"date\": \"2025-02-30\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/requests/abc").header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(requestIntake, requestHandling);
	}

	@Test
	void aRegistrationTheHandlingRulesRefuseIs403AndRegistersNothing() throws Exception {
		// Who may register is RequestHandling's rule (RequestApiIntegrationTests shows it
		// on the real services); here
		// the API's part: the refusal comes before intake and answers 403 as a problem.
		StaffPrincipal handler = staff(2, AGENCY, Role.HANDLER, Role.REVIEWER, Role.OFFICE_HEAD);
		doThrow(new AccessDeniedException("登记申请需要本机关的登记员角色")).when(requestHandling).checkMayRegister(any(), eq(7L));
		postJson("/api/v1/requests", bearer(handler), null,
				"{\"agencyId\": 7, \"channel\": \"IN_PERSON\", \"application\": " + PERSON + "}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(requestIntake);
	}

	@Test
	void theCasePageNeedsSignInAndItsFormsNeedTheCsrfToken() throws Exception {
		mvc.perform(get("/console/requests/5")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/console/requests/5/withdraw").with(user(staff(1, AGENCY, Role.REGISTRAR)))
			.param("version", "0")
			.param("withdrawnOn", "2025-03-03")
			.param("reason", "电话撤回")).andExpect(status().isForbidden());
		verifyNoInteractions(requestHandling);
	}

	@Test
	void aNonNumericVersionIsExplainedOnThePageAndNothingIsCalled() throws Exception {
		mvc.perform(post("/console/requests/5/withdraw").with(user(staff(1, AGENCY, Role.REGISTRAR)))
			.with(csrf())
			.param("version", "abc")
			.param("withdrawnOn", "2025-03-03")
			.param("reason", "电话撤回"))
			.andExpect(redirectedUrl("/console/requests/5"))
			.andExpect(flash().attribute("error", containsString("页面版本号无效")));
		verifyNoInteractions(requestHandling);
	}

	@Test
	void aMissingConsultationKindIsExplainedOnThePageAndNothingIsCalled() throws Exception {
		mvc.perform(post("/console/requests/5/consult").with(user(staff(2, AGENCY, Role.HANDLER)))
			.with(csrf())
			.param("version", "3")
			.param("party", "某公司")
			.param("sentOn", "2025-03-03"))
			.andExpect(redirectedUrl("/console/requests/5"))
			.andExpect(flash().attribute("error", containsString("请选择征求意见的类别")));
		verifyNoInteractions(requestHandling);
	}

	@Test
	void aBadDateOrAnUnknownChoiceIsExplainedInChineseOnThePageAndNothingIsCalled() throws Exception {
		mvc.perform(post("/console/requests/5/confirm").with(user(staff(1, AGENCY, Role.REGISTRAR)))
			.with(csrf())
			.param("date", "2025-02-30"))
			.andExpect(redirectedUrl("/console/requests/5"))
			.andExpect(flash().attribute("error", containsString("日期格式不正确")));
		mvc.perform(post("/console/requests/6/answer").with(user(staff(2, AGENCY, Role.HANDLER)))
			.with(csrf())
			.param("repliedOn", "2025-03-03")
			.param("delivery", "PIGEON"))
			.andExpect(redirectedUrl("/console/requests/6"))
			.andExpect(flash().attribute("error", containsString("请从列表中选择送达方式")));
		verifyNoInteractions(requestHandling);
	}

}
