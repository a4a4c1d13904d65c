package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three deadline views of the API and console: each lists exactly its own kind of
 * case, whatever fills the others. Due soon once came back empty when more overdue cases
 * than a page were waiting, because it read the soonest due dates first and those were
 * all overdue.
 */
class DeadlineViewsIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	List<Integer> view(String token, String view, int limit) throws Exception {
		String body = mvc
			.perform(get("/api/v1/requests/deadlines").param("view", view)
				.param("agencyId", String.valueOf(commerce()))
				.param("limit", String.valueOf(limit))
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$[*].id");
	}

	@Test
	void eachViewListsItsOwnCasesEvenWhenOverdueCasesOutnumberAPage() throws Exception {
		LocalDate received = LocalDate.of(2027, 4, 12);
		List<Long> overdue = List.of(assignedCase(LocalDate.of(2027, 2, 1)), assignedCase(LocalDate.of(2027, 2, 2)),
				assignedCase(LocalDate.of(2027, 2, 3)));
		long soon = assignedCase(received);
		long paused = assignedCase(received);
		long later = assignedCase(LocalDate.of(2027, 5, 6));
		// Two working days before the reply to `soon` is due.
		LocalDate due = calendar.addWorkingDays(received, 20);
		LocalDate today = due;
		while (calendar.countWorkingDays(today, due) < 2) {
			today = today.minusDays(1);
		}
		clock.setDay(today);
		// Sent today, so that its 15 working days still run (Article 32): a consultation
		// nobody answers pauses no longer than that.
		handling.consult(staff("handler"), paused, null, ConsultationKind.THIRD_PARTY, "南阳某实业有限公司", today);
		String token = "Bearer " + tokens.create(staff("head"), "deadline views");

		assertThat(view(token, "due-soon", 2)).contains((int) soon)
			.doesNotContain((int) paused, (int) later)
			.doesNotContainAnyElementsOf(overdue.stream().map(Long::intValue).toList());
		assertThat(view(token, "overdue", 500)).containsAll(overdue.stream().map(Long::intValue).toList())
			.doesNotContain((int) soon, (int) paused, (int) later);
		assertThat(view(token, "paused", 500)).contains((int) paused).doesNotContain((int) soon, (int) later);
	}

	@Test
	void theConsoleOverviewListsTheFiftyMostUrgentPerViewAndOneViewTwoHundredThenAsksToNarrow() throws Exception {
		for (int i = 0; i < 200 + 1; i++) {
			assignedCase(LocalDate.of(2027, 1, 4));
		}
		clock.setDay(LocalDate.of(2027, 3, 1));

		String overview = mvc.perform(get("/console/requests/deadlines").with(user(staff("head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("已逾期（50+ 件）", "只列出最紧急的 50 件。", "view=overdue")
			.contains("id=\"dueSoon\"", "id=\"paused\"");
		assertThat(overview.split("badge late", -1)).hasSize(50 + 1);

		String all = mvc.perform(get("/console/requests/deadlines").param("view", "overdue").with(user(staff("head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).doesNotContain("id=\"dueSoon\"", "id=\"paused\"");
		assertThat(all).contains("已逾期（200+ 件）", "只列出最紧急的 200 件。", "请按机关或只看我承办的缩小范围。");
		assertThat(all.split("badge late", -1)).hasSize(200 + 1);
	}

}
