package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.fees.FeeNotices;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fee-notice step offered on the application's page (issue 12): one click issues the
 * notice and generates its 收费通知书, which becomes a document of the case served on the
 * applicant; a second notice, one for an application not yet received and one for a
 * closed application are refused on the page with the rule, and nothing is kept.
 */
class FeeNoticeStepIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeeNotices notices;

	@Autowired
	Letters letters;

	@Autowired
	RequestDocuments documents;

	MvcResult issue(long id, String basis, String pages) throws Exception {
		return mvc
			.perform(post("/console/fees/notices").with(user(staff("handler")))
				.with(csrf())
				.param("requestId", Long.toString(id))
				.param("basis", basis)
				.param("pages", pages))
			.andReturn();
	}

	@Test
	void theCasePageOffersTheStepAndOneClickIssuesTheNoticeWithItsLetterAsACaseDocument() throws Exception {
		long id = assignedCase(TODAY);
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("handler"))))
			.andExpect(content().string(containsString("action=\"/console/fees/notices\"")));
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("reviewer"))))
			.andExpect(content().string(not(containsString("action=\"/console/fees/notices\""))));

		MvcResult issued = issue(id, "per-page", "250");
		assertThat(issued.getResponse().getStatus()).isEqualTo(302);
		assertThat(issued.getResponse().getRedirectedUrl()).startsWith("/console/fees/notices/");
		FeeNotices.Standing standing = notices.forRequest(id).orElseThrow();
		assertThat(standing.notice().amountYuan()).isEqualByComparingTo("4700");

		List<GeneratedLetter> generated = letters.forCase(id);
		assertThat(generated).extracting(GeneratedLetter::kind).containsExactly(LetterKind.FEE_NOTICE);
		List<RequestDocuments.Document> attached = documents.of(id)
			.stream()
			.filter(d -> d.kind() == DocumentKind.FEE_NOTICE)
			.toList();
		assertThat(attached).hasSize(1);
		assertThat(attached.get(0).letterId()).isEqualTo(generated.get(0).id());
		assertThat(DocumentKind.FEE_NOTICE.servedToApplicant()).isTrue();
		assertThat(StepLettersIntegrationTests.pdfText(documents.content(attached.get(0).id()))).contains("收费通知书",
				Fixtures.person().name(), "4700元", "20个工作日");
		assertThat(handling.show(staff("handler"), id).getVersion()).isPositive();

		// the notice's page names the application by its 申请编号
		mvc.perform(get(issued.getResponse().getRedirectedUrl()).with(user(staff("handler"))))
			.andExpect(content().string(containsString(handling.show(staff("handler"), id).getTrackingCode())));

		// the case page now links the notice instead of offering a second one
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("handler"))))
			.andExpect(content().string(containsString("/console/fees/notices/" + standing.notice().id())))
			.andExpect(content().string(not(containsString("action=\"/console/fees/notices\""))));
	}

	@Test
	void aSecondNoticeANoticeBeforeReceiptAndOneForAClosedApplicationAreRefusedOnThePage() throws Exception {
		long id = assignedCase(TODAY);
		issue(id, "per-page", "10");
		mvc.perform(post("/console/fees/notices").with(user(staff("handler")))
			.with(csrf())
			.param("requestId", Long.toString(id))
			.param("basis", "per-application"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/requests/" + id + "#fee-heading"))
			.andExpect(flash().attribute("error", containsString("只能适用一种计收标准")));
		assertThat(letters.forCase(id)).hasSize(1);

		long closed = assignedCase(TODAY);
		handling.withdraw(staff("handler"), closed, null, TODAY, "申请人撤回");
		mvc.perform(post("/console/fees/notices").with(user(staff("handler")))
			.with(csrf())
			.param("requestId", Long.toString(closed))
			.param("basis", "per-page")
			.param("pages", "10"))
			.andExpect(redirectedUrlPattern("/console/requests/*"))
			.andExpect(flash().attribute("error", containsString("已办结")));
		assertThat(notices.forRequest(closed)).isEmpty();
		assertThat(letters.forCase(closed)).isEmpty();
		assertThat(documents.of(closed)).noneMatch(d -> d.kind() == DocumentKind.FEE_NOTICE);

		mvc.perform(post("/console/fees/notices").with(user(staff("handler")))
			.with(csrf())
			.param("requestId", Long.toString(closed))
			.param("basis", "per-page")
			.param("pages", "-1")).andExpect(status().is3xxRedirection());
		assertThat(notices.forRequest(closed)).isEmpty();
	}

	@Test
	void noticeDayIsTheClocksDay() throws Exception {
		LocalDate day = LocalDate.of(2025, 3, 5);
		long id = assignedCase(day);
		issue(id, "per-page", "20");
		assertThat(notices.forRequest(id).orElseThrow().notice().issuedOn()).isEqualTo(day);
	}

}
