package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Article 35 (大量、频繁; issue 11, item 12): 无正当理由大量反复申请 only after the applicant was asked
 * for reasons and answered or let the day set pass, refused otherwise in the API and the
 * console with nothing changed; the reasonable extended period, a date or working days
 * with its reason, moves the derived reply due date and the list index.
 */
class ExcessiveApplicationsIntegrationTests extends RequestsIntegrationTest {

	static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	RequestStore store;

	ResultActions step(String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + tokens.create(staff("handler"), "art35"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions draftExcessive(long id) throws Exception {
		return step("/api/v1/requests/" + id + "/draft", "{\"outcome\":\"NOT_PROCESSED_EXCESSIVE\",\"text\":\"不予处理\"}");
	}

	@Test
	void theExcessiveOutcomeWithoutAskingForReasonsIsRefusedInTheApiAndTheConsoleAndChangesNothing() throws Exception {
		long id = assignedCase(RECEIVED);
		int version = handling.show(staff("handler"), id).getVersion();
		draftExcessive(id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.excessive-reasons-missing"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十五条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/draft", id).param("outcome", "NOT_PROCESSED_EXCESSIVE")
				.param("text", "不予处理")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十五条");
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(unchanged.getDraftNo()).isZero();
		assertThat(unchanged.getVersion()).isEqualTo(version);

		// Asked, but neither answered nor past the day set: still refused.
		step("/api/v1/requests/" + id + "/reasons-request", "{\"askedOn\":\"2025-03-03\",\"answerBy\":\"2025-03-10\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.excessive.answerBy").value("2025-03-10"));
		clock.setDay(LocalDate.of(2025, 3, 10));
		draftExcessive(id).andExpect(jsonPath("$.code").value("request.excessive-reasons-missing"));

		// No answer by the day set: the outcome may now be chosen.
		clock.setDay(LocalDate.of(2025, 3, 11));
		draftExcessive(id).andExpect(status().isOk())
			.andExpect(jsonPath("$.draftOutcome").value("NOT_PROCESSED_EXCESSIVE"));
	}

	@Test
	void theApplicantsReasonsOnRecordAllowTheOutcome() throws Exception {
		long id = assignedCase(RECEIVED);
		step("/api/v1/requests/" + id + "/reasons", "{\"answeredOn\":\"2025-03-03\",\"reasons\":\"研究需要\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.reasons-not-asked"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十五条")));
		handling.askReasons(staff("handler"), id, null, null, LocalDate.of(2025, 3, 17));
		clock.setDay(LocalDate.of(2025, 3, 5));
		handling.recordReasons(staff("handler"), id, null, null, "每月汇总研究");
		assertThat(handling.show(staff("handler"), id).getExcessive().answeredOn()).isEqualTo(LocalDate.of(2025, 3, 5));
		draftExcessive(id).andExpect(status().isOk());
	}

	@Test
	void theReasonablePeriodNeedsTheReasonsAndMovesTheDueDateAndTheListIndex() throws Exception {
		long id = assignedCase(RECEIVED);
		LocalDate due = calendar.addWorkingDays(RECEIVED, StatutoryTerms.REPLY_DAYS);
		int version = handling.show(staff("handler"), id).getVersion();
		step("/api/v1/requests/" + id + "/reasonable-period", "{\"days\":30,\"reason\":\"信息量大\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.reasons-not-answered"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十五条")));
		assertThat(handling.show(staff("handler"), id).getVersion()).isEqualTo(version);

		handling.askReasons(staff("handler"), id, null, null, LocalDate.of(2025, 3, 10));
		handling.recordReasons(staff("handler"), id, null, null, "研究需要，理由合理");
		step("/api/v1/requests/" + id + "/reasonable-period", "{\"dueOn\":\"" + due + "\",\"reason\":\"信息量大\"}")
			.andExpect(jsonPath("$.code").value("request.reasonable-period-not-later"));
		step("/api/v1/requests/" + id + "/reasonable-period",
				"{\"dueOn\":\"2025-06-30\",\"days\":30,\"reason\":\"信息量大\"}")
			.andExpect(jsonPath("$.code").value("request.reasonable-period-missing"));

		handling.setReasonablePeriod(staff("handler"), id, null, null, 30, "信息量大，需逐件核对");
		InformationRequest request = handling.show(staff("handler"), id);
		LocalDate extended = calendar.addWorkingDays(due, 30);
		DeadlineStatus clockNow = handling.deadlineStatusOf(request);
		assertThat(clockNow.replyDue()).isEqualTo(extended);
		assertThat(clockNow.terms()).anyMatch(term -> term.kind() == DerivedDeadlines.Term.Kind.OTHER
				&& term.note().contains("第三十五条") && term.due().equals(extended));
		assertThat(store.load(id).getDueIndex()).isEqualTo(extended);

		long dated = assignedCase(RECEIVED);
		handling.askReasons(staff("handler"), dated, null, null, LocalDate.of(2025, 3, 10));
		handling.recordReasons(staff("handler"), dated, null, null, "理由合理");
		handling.setReasonablePeriod(staff("handler"), dated, null, LocalDate.of(2025, 6, 30), null, "信息量大");
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), dated)).replyDue())
			.isEqualTo(LocalDate.of(2025, 6, 30));
	}

}
