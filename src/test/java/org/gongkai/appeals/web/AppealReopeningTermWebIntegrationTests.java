package org.gongkai.appeals.web;

import java.time.LocalDate;

import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.AppealsIntegrationTest;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.requests.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The period a correcting result sets for the new reply, entered in the API and on the
 * case page (issue 11, item 7): stored and shown with the result, passed to the reopened
 * application, and refused with its rule code and a Chinese message when both a date and
 * days are entered or days come without the served date, nothing changed.
 */
class AppealReopeningTermWebIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealHandling handling;

	@Autowired
	WorkingCalendar calendar;

	AppealCase pendingReconsideration() {
		long requestId = answeredApplication(Outcome.UNAVAILABLE_NOT_HELD, today().minusDays(40),
				today().minusDays(30));
		return handling.register(staff("handler"), reconsiderationOf(requestId, today().minusDays(20))).appeal();
	}

	MockHttpServletRequestBuilder decisionJson(long id, String extra) {
		return post("/api/v1/appeals/{id}/decision", id).header("Authorization", demo.bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"disposition\":\"REVOKED\",\"decidedOn\":\"" + today().minusDays(10) + "\"" + extra + "}");
	}

	LocalDate replyDue(long requestId) {
		return requestHandling.deadlineStatusOf(requestHandling.show(staff("handler"), requestId)).replyDue();
	}

	void assertNothingChanged(AppealCase appeal) {
		AppealCase now = handling.show(staff("handler"), appeal.getId());
		assertThat(now.getResult()).isEqualTo(AppealResult.PENDING);
		assertThat(now.getVersion()).isEqualTo(appeal.getVersion());
		assertThat(requestStatus(appeal.getRequestId())).isEqualTo("ANSWERED");
	}

	@Test
	void theApiTakesWorkingDaysFromTheServedDateAndShowsThem() throws Exception {
		AppealCase appeal = pendingReconsideration();
		LocalDate served = today().minusDays(7);

		mvc.perform(decisionJson(appeal.getId(), ",\"reopeningDays\":15,\"decisionServedOn\":\"" + served + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reopeningDays").value(15))
			.andExpect(jsonPath("$.decisionServedOn").value(served.toString()))
			.andExpect(jsonPath("$.reopeningDueOn").doesNotExist())
			.andExpect(jsonPath("$.requestReopenedOn").value(today().toString()));

		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(served, 15));
	}

	@Test
	void theApiRefusesBothADateAndDaysAndDaysWithoutTheServedDate() throws Exception {
		AppealCase appeal = pendingReconsideration();

		mvc.perform(decisionJson(appeal.getId(),
				",\"reopeningDueOn\":\"" + today().plusDays(30) + "\",\"reopeningDays\":15,\"decisionServedOn\":\""
						+ today() + "\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.reopening-term-ambiguous"))
			.andExpect(jsonPath("$.detail").value(containsString("不能两者并填")));
		mvc.perform(decisionJson(appeal.getId(), ",\"reopeningDays\":15"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.reopening-term-served-missing"))
			.andExpect(jsonPath("$.detail").value(containsString("送达本机关的日期")));

		assertNothingChanged(appeal);
	}

	@Test
	void theCasePageTakesADateAndShowsIt() throws Exception {
		AppealCase appeal = pendingReconsideration();
		LocalDate due = today().plusDays(30);

		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "REVOKED")
			.param("decidedOn", today().minusDays(10).toString())
			.param("reopeningDueOn", due.toString())
			.param("reopeningDays", "")
			.param("decisionServedOn", "")).andExpect(status().is3xxRedirection());

		assertThat(replyDue(appeal.getRequestId())).isEqualTo(due);
		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("handler"))))
			.andExpect(content().string(allOf(containsString("决定书所定的重新答复期限"), containsString(due + " 前重新答复"))));
	}

	@Test
	void theCasePageRefusesDaysWithoutTheServedDateWithAChineseMessage() throws Exception {
		AppealCase appeal = pendingReconsideration();

		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "REVOKED")
			.param("decidedOn", today().minusDays(10).toString())
			.param("reopeningDays", "15"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("按工作日计算的期限须写明决定书送达本机关的日期")));
		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "REVOKED")
			.param("decidedOn", today().minusDays(10).toString())
			.param("reopeningDueOn", today().plusDays(30).toString())
			.param("reopeningDays", "15")
			.param("decisionServedOn", today().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能两者并填")));

		assertNothingChanged(appeal);
	}

}
