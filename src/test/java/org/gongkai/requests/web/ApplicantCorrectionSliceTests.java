package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.Channel;
import org.gongkai.requests.ApplicantCorrections;
import org.gongkai.requests.ApplicantTracking;
import org.gongkai.requests.RequestStatus;
import org.gongkai.shared.RuleViolation;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's correction form and confirmation without a database: no tracked
 * application, no CSRF token, a refusal in words, and a confirmation of another session.
 */
class ApplicantCorrectionSliceTests extends WebSliceTest {

	@Test
	void aCorrectionWithoutATrackedApplicationOrWithoutCsrfReachesNothing() throws Exception {
		mvc.perform(multipart("/track/correction").param("text", "补正").with(csrf())).andExpect(redirectedUrl("/track"));
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(ApplicantPagesController.TRACKED, 5L);
		mvc.perform(multipart("/track/correction").param("text", "补正").session(session))
			.andExpect(status().isForbidden());
		verifyNoInteractions(applicantCorrections);
	}

	@Test
	void aRefusedCorrectionAnswersInWordsOnThePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(ApplicantPagesController.TRACKED, 5L);
		willThrow(new RuleViolation(ApplicantCorrections.ALREADY_RECEIVED, "补正已收到")).given(applicantCorrections)
			.submit(anyLong(), any(), anyList());
		LocalDate day = LocalDate.of(2025, 3, 3);
		given(applicantTracking.statusOf(5L)).willReturn(new ApplicantTracking.Status(5L, "GK-ABCD-EFGH-JK", "卧龙区商务局",
				"2024 年度商贸流通专项资金分配结果", RequestStatus.IN_HANDLING, Channel.ONLINE, day, day, day.plusDays(28), 18, false,
				"OK", null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, false,
				false, null, null, false, null, null, null));
		mvc.perform(multipart("/track/correction").param("text", "再补一次").session(session).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("补正已经收到，无需再次提交")))
			.andExpect(content().string(containsString("2025-03-31")));
	}

	@Test
	void theConfirmationOfAnotherSessionIsTheTrackingPageWithTheCodeFilledIn() throws Exception {
		mvc.perform(get("/apply/done/GK-ABCD-EFGH-JK")).andExpect(redirectedUrl("/track?trackingCode=GK-ABCD-EFGH-JK"));
		mvc.perform(get("/apply/done/GK-ABCD-EFGH-JK/receipt.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/track").param("trackingCode", "GK-ABCD-EFGH-JK"))
			.andExpect(content().string(containsString("value=\"GK-ABCD-EFGH-JK\"")));
		verifyNoInteractions(applicationReceipts);
	}

}
