package org.gongkai.requests;

import java.util.List;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 重复申请 against someone else's application (Article 36(六), issue 11 item 10): the API
 * answers a problem with the rule's code and the article, the console says the rule, and
 * nothing changes.
 */
class RepeatedApplicationIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Test
	void markingARepeatOfAnotherApplicantsApplicationIsRefusedInTheApiAndTheConsoleAndChangesNothing()
			throws Exception {
		long others = intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.IN_PERSON, TODAY, null, null, null),
					Fixtures.companyDraft(ApplicantType.COMMERCIAL_ENTERPRISE).applicant(), Fixtures.sought(), null,
					null, List.of()), Actor.PUBLIC)
			.reference()
			.id();
		handling.accept(staff("registrar"), others, null, staff("handler").id());
		handling.draftReply(staff("handler"), others, null, Outcome.GRANTED, null, "答复");
		handling.review(staff("reviewer"), others, null, true, "同意");
		handling.answer(staff("handler"), others, null, TODAY, DeliveryMethod.EMAIL);
		long id = assignedCase(TODAY);
		int version = handling.show(staff("handler"), id).getVersion();

		mvc.perform(post("/api/v1/requests/{id}/repeat-of", id)
			.header("Authorization", "Bearer " + tokens.create(staff("handler"), "repeat"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"earlierId\":" + others + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.repeat-of-other-applicant"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十六条第（六）项")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/repeat", id).param("earlierId", Long.toString(others))
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十六条第（六）项", "申请人");

		InformationRequest after = handling.show(staff("handler"), id);
		assertThat(after.getRepeatOf()).isNull();
		assertThat(after.getVersion()).isEqualTo(version);
	}

	@Test
	void theRepeatedApplicationIsChosenByItsApplicationNumberAndTheHistoryReadsInNamesAndChineseLabels()
			throws Exception {
		long earlier = assignedCase(TODAY);
		handling.draftReply(staff("handler"), earlier, null, Outcome.GRANTED, null, "答复");
		handling.review(staff("reviewer"), earlier, null, true, "同意");
		handling.answer(staff("handler"), earlier, null, TODAY, DeliveryMethod.EMAIL);
		String code = handling.show(staff("handler"), earlier).getTrackingCode();
		long id = assignedCase(TODAY);
		int version = handling.show(staff("handler"), id).getVersion();

		MvcResult unknown = mvc
			.perform(post("/console/requests/{id}/repeat", id).param("earlierCode", "GK-0000-0000-00")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(unknown.getFlashMap().get("error"))).contains("没有申请编号为 GK-0000-0000-00 的申请");
		assertThat(handling.show(staff("handler"), id).getVersion()).isEqualTo(version);

		MvcResult marked = mvc
			.perform(post("/console/requests/{id}/repeat", id).param("earlierCode", " " + code.toLowerCase() + " ")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(marked.getFlashMap().get("error")).isNull();
		assertThat(handling.show(staff("handler"), id).getRepeatOf()).isEqualTo(earlier);

		String page = mvc.perform(get("/console/requests/{id}", id).with(user(staff("handler"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("标记为重复申请，前次申请 " + code, ">" + code + "</a>", "渠道 当面提交", "承办人 张伟", "登记员 李娜");
		assertThat(page).doesNotContain("<span>registrar</span>", "<span>handler</span>", "渠道 IN_PERSON");
		String answered = mvc.perform(get("/console/requests/{id}", earlier).with(user(staff("handler"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answered).contains("电子邮件").doesNotContain("，EMAIL");
		String english = mvc.perform(get("/console/requests/{id}", id).param("lang", "en").with(user(staff("handler"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Marked as a repeated application; earlier application " + code,
				"registered, channel In person", "Accepted and assigned to handler");
	}

}
