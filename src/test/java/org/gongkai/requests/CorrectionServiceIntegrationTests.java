package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
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
 * The correction notice of Article 30 (issue 11, item 5): issued within 7 working days of
 * receipt, also after acceptance; the applicant's term runs from the day it was served;
 * 逾期不补正 only after the served term ended, dated the day after; refusals carry the rule
 * and the article in the API and the console and change nothing.
 */
class CorrectionServiceIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	String bearer(String username) {
		return "Bearer " + tokens.create(staff(username), "correction " + System.nanoTime());
	}

	@Test
	void theTermRunsFromServiceAndTheLapseIsDatedTheDayAfterItEnded() throws Exception {
		LocalDate received = LocalDate.of(2025, 3, 3);
		long id = assignedCase(received);
		LocalDate issued = calendar.addWorkingDays(received, 5);
		clock.setDay(issued);

		mvc.perform(post("/api/v1/requests/{id}/correction-notice", id).header("Authorization", bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matters\":\"请写明文号\",\"termDays\":5,\"issuedOn\":\"" + issued + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_CORRECTION"))
			.andExpect(jsonPath("$.correctionServedOn").doesNotExist());
		LocalDate served = calendar.addWorkingDays(issued, 3);
		clock.setDay(served.plusDays(20));
		mvc.perform(post("/api/v1/requests/{id}/correction-lapse", id).header("Authorization", bearer("handler")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.correction-not-served"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十条")));

		mvc.perform(
				post("/api/v1/requests/{id}/correction-notice/service", id).header("Authorization", bearer("handler"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\":\"" + served + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.correctionServedOn").value(served.toString()));
		LocalDate termEnds = calendar.addWorkingDays(served, 5);
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), id)).correctionTermEnds())
			.isEqualTo(termEnds);

		clock.setDay(termEnds.plusDays(10));
		handling.closeForMissingCorrection(staff("handler"), id, null);

		InformationRequest closed = handling.show(staff("handler"), id);
		assertThat(closed.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE);
		assertThat(closed.getClosedOn()).isEqualTo(termEnds.plusDays(1));
		assertThat(closed.getRounds().get(0).closedOn()).isEqualTo(termEnds.plusDays(1));
	}

	@Test
	void aLapseBeforeTheServedTermEndedIsRefusedInTheApiAndTheConsoleAndChangesNothing() throws Exception {
		long id = receivedInPersonOn(TODAY);
		LocalDate served = TODAY.plusDays(2);
		clock.setDay(served);
		handling.requestCorrection(staff("registrar"), id, null, "请写明文号", 5, TODAY, served);
		// Five working days from the issue would have ended here; from service they have
		// not.
		clock.setDay(calendar.addWorkingDays(TODAY, 5).plusDays(1));
		int version = handling.show(staff("registrar"), id).getVersion();

		mvc.perform(post("/api/v1/requests/{id}/correction-lapse", id).header("Authorization", bearer("registrar")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.correction-term-running"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/lapse", id).param("version", Integer.toString(version))
				.with(user(staff("registrar")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十条");

		InformationRequest unchanged = handling.show(staff("registrar"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
		assertThat(unchanged.getVersion()).isEqualTo(version);
	}

	@Test
	void aNoticeAfterSevenWorkingDaysIsRefusedEvenOnAnAssignedCaseAndOneWithinIsAccepted() throws Exception {
		long late = assignedCase(TODAY);
		clock.setDay(calendar.addWorkingDays(TODAY, 8));
		int version = handling.show(staff("handler"), late).getVersion();

		mvc.perform(post("/api/v1/requests/{id}/correction-notice", late).header("Authorization", bearer("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matters\":\"请写明文号\",\"termDays\":5}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.correction-window-closed"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/correct", late).param("matters", "请写明文号")
				.param("termDays", "5")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十条");
		assertThat(handling.show(staff("handler"), late).getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(handling.show(staff("handler"), late).getVersion()).isEqualTo(version);

		long assigned = assignedCase(TODAY);
		clock.setDay(calendar.addWorkingDays(TODAY, 7));
		handling.requestCorrection(staff("handler"), assigned, null, "请写明文号", 5, null, null);
		assertThat(handling.show(staff("handler"), assigned).getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
	}

}
