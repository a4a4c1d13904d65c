package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The extension of Article 33 (issue 11, item 6): approval and 延期答复告知书 within the
 * original period; a notice after it is refused in the API and the console with the rule
 * and the article, and nothing changes; a notice in time is recorded.
 */
class ExtensionNoticeIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void anExtensionToldAfterTheOriginalPeriodIsRefusedInTheApiAndTheConsoleAndChangesNothing() throws Exception {
		LocalDate received = LocalDate.of(2025, 9, 1);
		long id = assignedCase(received);
		LocalDate due = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		LocalDate after = due.plusDays(1);
		clock.setDay(after);
		int version = handling.show(staff("handler"), id).getVersion();
		long head = staff("head").id();

		mvc.perform(post("/api/v1/requests/{id}/extension", id)
			.header("Authorization", "Bearer " + tokens.create(staff("handler"), "extension"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":10,\"reason\":\"需调取档案\",\"approverId\":" + head + ",\"approvedOn\":\"" + due
					+ "\",\"noticeOn\":\"" + after + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-notice-after-due"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十三条")));
		mvc.perform(post("/api/v1/requests/{id}/extension", id)
			.header("Authorization", "Bearer " + tokens.create(staff("handler"), "extension late"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":10,\"reason\":\"需调取档案\",\"approverId\":" + head + ",\"approvedOn\":\"" + after + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.extension-after-due"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十三条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/extend", id).param("days", "10")
				.param("reason", "需调取档案")
				.param("approverId", Long.toString(head))
				.param("approvedOn", due.toString())
				.param("noticeOn", after.toString())
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十三条");
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getExtensionDays()).isNull();
		assertThat(unchanged.getVersion()).isEqualTo(version);

		handling.extend(staff("handler"), id, version, 10, "需调取档案", head, due, due);
		assertThat(handling.show(staff("handler"), id).getExtensionNoticeOn()).isEqualTo(due);
	}

}
