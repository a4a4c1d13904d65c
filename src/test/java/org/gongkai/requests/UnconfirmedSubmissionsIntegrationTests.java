package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.Channel;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Submissions awaiting confirmation (Article 31; issue 11, item 8): an ordinary letter is
 * received the day it arrives and a later confirmation needs a recorded reason (refused
 * in the console without one, nothing changed); an online submission is received the day
 * it is confirmed; the console lists what waits, oldest first, with a warning from the
 * first working day after arrival.
 */
class UnconfirmedSubmissionsIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestSearch search;

	@Autowired
	WorkingCalendar calendar;

	long submitted(Channel channel, LocalDate on) {
		clock.setDay(on);
		return intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(channel, on, null, null, null), Fixtures.person(), Fixtures.sought(),
					null, null), Actor.PUBLIC)
			.reference()
			.id();
	}

	@Test
	void aLetterConfirmedLateNeedsAReasonAndIsReceivedOnItsArrivalDayAnOnlineFormOnConfirmation() throws Exception {
		LocalDate arrived = LocalDate.of(2025, 3, 3);
		long letter = submitted(Channel.ORDINARY_LETTER, arrived);
		long online = submitted(Channel.ONLINE, arrived);
		LocalDate later = calendar.addWorkingDays(arrived, 2);
		clock.setDay(later);
		int version = handling.show(staff("registrar"), letter).getVersion();

		MvcResult refused = mvc
			.perform(post("/console/requests/{id}/confirm", letter).param("date", later.toString())
				.param("version", Integer.toString(version))
				.with(user(staff("registrar")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(refused.getFlashMap().get("error"))).contains("第三十一条第（二）项");
		InformationRequest unchanged = handling.show(staff("registrar"), letter);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(unchanged.getVersion()).isEqualTo(version);

		mvc.perform(post("/console/requests/{id}/confirm", letter).param("date", later.toString())
			.param("reason", "信函积压，补登")
			.param("version", Integer.toString(version))
			.with(user(staff("registrar")))
			.with(csrf()));
		handling.confirmReceipt(staff("registrar"), online, null, later);

		InformationRequest confirmedLetter = handling.show(staff("registrar"), letter);
		assertThat(confirmedLetter.getReceivedOn()).isEqualTo(arrived);
		assertThat(confirmedLetter.getConfirmedOn()).isEqualTo(later);
		assertThat(confirmedLetter.getConfirmationReason()).isEqualTo("信函积压，补登");
		assertThat(handling.show(staff("registrar"), online).getReceivedOn()).isEqualTo(later);
	}

	@Test
	void theConsoleListsWaitingSubmissionsOldestFirstWithAWarningAfterOneWorkingDay() throws Exception {
		LocalDate monday = LocalDate.of(2025, 3, 3);
		long old = submitted(Channel.ONLINE, monday);
		LocalDate tuesday = monday.plusDays(1);
		long fresh = submitted(Channel.ONLINE, tuesday);

		var waiting = search.awaitingConfirmation(List.of(commerce()), 500);
		assertThat(waiting).extracting(RequestSearch.Row::id).containsSubsequence(old, fresh);
		String page = mvc.perform(get("/console/requests/unconfirmed").with(user(staff("registrar"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String oldCode = handling.show(staff("registrar"), old).getTrackingCode();
		String freshCode = handling.show(staff("registrar"), fresh).getTrackingCode();
		assertThat(page).contains(oldCode, freshCode);
		String oldLine = page.substring(page.indexOf(oldCode), page.indexOf("</tr>", page.indexOf(oldCode)));
		String freshLine = page.substring(page.indexOf(freshCode), page.indexOf("</tr>", page.indexOf(freshCode)));
		assertThat(oldLine).contains("已等待 1 个工作日");
		assertThat(freshLine).contains("当日到达").doesNotContain("已等待");
		assertThat(page.indexOf(oldCode)).isLessThan(page.indexOf(freshCode));
	}

}
