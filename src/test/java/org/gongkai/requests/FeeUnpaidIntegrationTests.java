package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.fees.CaseState;
import org.gongkai.fees.FeeBasis;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNotices;
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
 * 逾期未缴费 (Article 42; issue 11, item 11) only when the fees module says the application's
 * fee notice was served and is unpaid past its 20-working-day term
 * ({@link FeeNotices#overdueUnpaid}); otherwise refused with the rule and the article in
 * the API and the console, changing nothing.
 */
class FeeUnpaidIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	FeeNotices feeNotices;

	@Autowired
	WorkingCalendar calendar;

	MvcResult draftThroughTheApi(long id) throws Exception {
		return mvc
			.perform(post("/api/v1/requests/{id}/draft", id)
				.header("Authorization", "Bearer " + tokens.create(staff("handler"), "fee " + System.nanoTime()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"OTHER_DISPOSAL_FEE_UNPAID\",\"text\":\"逾期未缴费，不再处理\"}"))
			.andReturn();
	}

	void refusedEverywhere(long id) throws Exception {
		int version = handling.show(staff("handler"), id).getVersion();
		mvc.perform(post("/api/v1/requests/{id}/draft", id)
			.header("Authorization", "Bearer " + tokens.create(staff("handler"), "fee " + System.nanoTime()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"OTHER_DISPOSAL_FEE_UNPAID\",\"text\":\"逾期未缴费，不再处理\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.fee-not-overdue"))
			.andExpect(jsonPath("$.detail").value(containsString("第四十二条")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/draft", id).param("outcome", "OTHER_DISPOSAL_FEE_UNPAID")
				.param("text", "逾期未缴费")
				.param("version", Integer.toString(version))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第四十二条");
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(unchanged.getDraftNo()).isZero();
		assertThat(unchanged.getVersion()).isEqualTo(version);
	}

	@Test
	void feeUnpaidIsRefusedWithoutAServedNoticeAndWithinItsTermAndAcceptedAfterIt() throws Exception {
		long id = assignedCase(TODAY);
		refusedEverywhere(id);

		FeeNotice notice = feeNotices.issue(new FeeNotices.NewFeeNotice(id, commerce(), FeeBasis.PER_PAGE, 500, null),
				CaseState.OPEN, "handler");
		refusedEverywhere(id);

		LocalDate served = TODAY.plusDays(1);
		clock.setDay(served);
		feeNotices.recordService(notice.id(), null, served, "直接送达", "handler");
		LocalDate lastDay = calendar.nthWorkingDayAfter(served, StatutoryTerms.FEE_PAYMENT_DAYS);
		clock.setDay(lastDay);
		refusedEverywhere(id);

		clock.setDay(lastDay.plusDays(1));
		assertThat(feeNotices.overdueUnpaid(id)).isTrue();
		assertThat(draftThroughTheApi(id).getResponse().getStatus()).isEqualTo(200);
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, null, DeliveryMethod.POST);

		assertThat(handling.show(staff("handler"), id).getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_FEE_UNPAID);
	}

}
