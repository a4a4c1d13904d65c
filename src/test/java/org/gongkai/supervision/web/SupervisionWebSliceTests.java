package org.gongkai.supervision.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.supervision.Urging;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 督办 pages' and API's shapes and refusals that need no database. */
class SupervisionWebSliceTests extends WebSliceTest {

	String supervisorToken() {
		StaffPrincipal supervisor = staff(41, 2, Role.SUPERVISOR);
		given(apiTokens.authenticate("gk_supervisor")).willReturn(Optional.of(supervisor));
		given(supervision.supervises(supervisor)).willReturn(true);
		return "Bearer gk_supervisor";
	}

	static Urging urging(boolean answered) {
		Urging urging = mock(Urging.class);
		given(urging.getId()).willReturn(9L);
		given(urging.getOfficeId()).willReturn(2L);
		given(urging.getAgencyId()).willReturn(7L);
		given(urging.getBody()).willReturn("请抓紧办理。");
		given(urging.getSentByName()).willReturn("督办 赵磊");
		given(urging.getSentAt()).willReturn(Instant.parse("2026-03-02T01:00:00Z"));
		given(urging.isAnswered()).willReturn(answered);
		if (answered) {
			given(urging.getAnswer()).willReturn("已办理。");
			given(urging.getAnsweredByName()).willReturn("承办人 张伟");
			given(urging.getAnsweredAt()).willReturn(Instant.parse("2026-03-03T01:00:00Z"));
		}
		return urging;
	}

	@Test
	void aReminderOnAClosedCaseIsAConflictWithItsCode() throws Exception {
		String token = supervisorToken();
		given(supervision.send(any(), eq(7L), eq("GK1"), eq("请办理")))
			.willThrow(new RuleViolation("supervision.case-closed", "申请 GK1 已办结或不予登记，不能催办；如需督促，请发出综合催办"));
		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":7,\"trackingCode\":\"GK1\",\"text\":\"请办理\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("supervision.case-closed"))
			.andExpect(jsonPath("$.detail").value(containsString("不能催办")));
	}

	@Test
	void anEmptyTextIsABadRequestNamingTheFieldOnThePageAndInTheApi() throws Exception {
		String token = supervisorToken();
		given(supervision.send(any(), any(), any(), any()))
			.willThrow(InvalidInput.of("text", "supervision.text.required"));
		mvc.perform(post("/api/v1/supervision/urgings").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":7,\"text\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.text").value("请填写内容"));
		mvc.perform(post("/console/supervision/urgings").with(user(staff(41, 2, Role.SUPERVISOR)))
			.with(csrf())
			.param("agencyId", "7")
			.param("text", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content().string(containsString("请填写内容")));
	}

	@Test
	void theOverviewIsRefusedToOthersThanSupervisors() throws Exception {
		StaffPrincipal handler = staff(3, 7, Role.HANDLER);
		given(supervision.figures(eq(handler), anyInt())).willThrow(new AccessDeniedException("督办页面仅供督办人员使用"));
		mvc.perform(get("/console/supervision").with(user(handler))).andExpect(status().isForbidden());
	}

	@Test
	void aReminderPageOffersOnlyWhatThePersonMayDo() throws Exception {
		StaffPrincipal supervisor = staff(41, 2, Role.SUPERVISOR);
		Urging open = urging(false);
		given(supervision.show(supervisor, 9)).willReturn(open);
		mvc.perform(get("/console/supervision/urgings/9").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请抓紧办理。")))
			.andExpect(content().string(not(containsString("answer-form"))))
			.andExpect(content().string(not(containsString("read-form"))));

		StaffPrincipal handler = staff(3, 7, Role.HANDLER);
		given(supervision.show(handler, 9)).willReturn(open);
		given(supervision.mayAnswer(handler, open)).willReturn(true);
		mvc.perform(get("/console/supervision/urgings/9").with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("answer-form")))
			.andExpect(content().string(not(containsString("read-form"))));

		Urging answered = urging(true);
		given(supervision.show(supervisor, 9)).willReturn(answered);
		given(supervision.mayMarkRead(supervisor, answered)).willReturn(true);
		mvc.perform(get("/console/supervision/urgings/9").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已办理。")))
			.andExpect(content().string(containsString("read-form")))
			.andExpect(content().string(not(containsString("answer-form"))));
	}

	@Test
	void aMalformedIfMatchOrNoTokenIsRefusedBeforeTheService() throws Exception {
		String token = supervisorToken();
		mvc.perform(
				post("/api/v1/supervision/urgings/9/read").header("Authorization", token).header("If-Match", "\"abc\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("if-match.malformed"));
		mvc.perform(get("/api/v1/supervision/urgings")).andExpect(status().isUnauthorized());
		mvc.perform(get("/console/supervision")).andExpect(status().isFound());
		verifyNoInteractions(supervision);
		given(supervision.sent(any())).willReturn(List.of());
		mvc.perform(get("/api/v1/supervision/urgings").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
	}

}
