package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.shared.UploadedFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A third party's stance and the notice of disclosure over its objection (Article 32;
 * issue 11, item 13): a consultation records agreement, objection or no answer; a
 * disclosure over a recorded objection is refused without the written notice to the third
 * party on file, in the API and the console, and nothing changes.
 */
class ThirdPartyObjectionIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RequestDocuments documents;

	ResultActions step(String username, String path, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + tokens.create(staff(username), "objection"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A case whose third party was consulted on 3 March 2025 and answered on 5 March. */
	long consultedCase(String stance, Outcome disclosure) throws Exception {
		long id = assignedCase(LocalDate.of(2025, 3, 3));
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "南阳某贸易有限公司", null);
		clock.setDay(LocalDate.of(2025, 3, 5));
		step("handler", "/api/v1/requests/" + id + "/consultations/1/answer",
				"{\"answeredOn\":\"2025-03-05\",\"answer\":\"涉及商业秘密\",\"stance\":\"" + stance + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consultations[0].stance").value(stance));
		handling.draftReply(staff("handler"), id, null, disclosure, null, "公共利益需要公开");
		handling.review(staff("reviewer"), id, null, true, null);
		return id;
	}

	@Test
	void disclosingOverAnObjectionWithoutTheNoticeIsRefusedInTheApiAndTheConsoleAndChangesNothing() throws Exception {
		for (Outcome disclosure : new Outcome[] { Outcome.GRANTED, Outcome.PARTIALLY_GRANTED }) {
			long id = consultedCase("OBJECTED", disclosure);
			int version = handling.show(staff("handler"), id).getVersion();

			step("handler", "/api/v1/requests/" + id + "/answer", "{\"delivery\":\"EMAIL\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("request.objection-notice-missing"))
				.andExpect(jsonPath("$.detail").value(containsString("第三十二条")));
			MvcResult page = mvc
				.perform(post("/console/requests/{id}/answer", id).param("delivery", "EMAIL")
					.param("version", Integer.toString(version))
					.with(user(staff("handler")))
					.with(csrf()))
				.andReturn();
			assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("第三十二条");
			InformationRequest unchanged = handling.show(staff("handler"), id);
			assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.APPROVED);
			assertThat(unchanged.getVersion()).isEqualTo(version);

			// A notice to the applicant is not a notice to the third party.
			handling.attach(staff("handler"), id, DocumentKind.REPLY,
					new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
			step("handler", "/api/v1/requests/" + id + "/answer", "{\"delivery\":\"EMAIL\"}")
				.andExpect(jsonPath("$.code").value("request.objection-notice-missing"));

			handling.attach(staff("handler"), id, DocumentKind.THIRD_PARTY_NOTICE,
					new UploadedFile("告知书.pdf", RequestDocumentsTests.PDF));
			handling.answer(staff("handler"), id, null, null, DeliveryMethod.EMAIL);
			assertThat(handling.show(staff("handler"), id).getOutcome()).isEqualTo(disclosure);
		}
	}

	@Test
	void theAnswerGeneratesTheNoticeToTheObjectingThirdPartyInTheSameClick() throws Exception {
		long viaApi = consultedCase("OBJECTED", Outcome.GRANTED);
		step("handler", "/api/v1/requests/" + viaApi + "/answer", "{\"delivery\":\"EMAIL\",\"thirdPartyNotice\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.documents[?(@.kind == 'THIRD_PARTY_NOTICE')]").isNotEmpty());
		RequestDocuments.Document notice = documents.of(viaApi)
			.stream()
			.filter(document -> document.kind() == DocumentKind.THIRD_PARTY_NOTICE)
			.findFirst()
			.orElseThrow();
		assertThat(StepLettersIntegrationTests.pdfText(documents.content(notice.id()))).contains("南阳某贸易有限公司", "第三十二条",
				"公共利益需要公开");

		long viaConsole = consultedCase("OBJECTED", Outcome.PARTIALLY_GRANTED);
		String page = mvc.perform(get("/console/requests/{id}", viaConsole).with(user(staff("handler"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"answer-third-party-notice\"");
		MvcResult answered = mvc
			.perform(post("/console/requests/{id}/answer", viaConsole).param("delivery", "EMAIL")
				.param("letter", "true")
				.param("thirdPartyNotice", "true")
				.param("version", Integer.toString(handling.show(staff("handler"), viaConsole).getVersion()))
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(answered.getFlashMap().get("error")).isNull();
		assertThat(handling.show(staff("handler"), viaConsole).getStatus()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(documents.of(viaConsole)).extracting(RequestDocuments.Document::kind)
			.contains(DocumentKind.THIRD_PARTY_NOTICE, DocumentKind.REPLY);

		long agreed = consultedCase("AGREED", Outcome.GRANTED);
		handling.answer(staff("handler"), agreed, null, null, DeliveryMethod.EMAIL,
				RequestHandling.ReplyLetter.generated(), true);
		assertThat(documents.of(agreed)).extracting(RequestDocuments.Document::kind)
			.doesNotContain(DocumentKind.THIRD_PARTY_NOTICE);
	}

	@Test
	void anAgreementOrAWithholdingNeedsNoNotice() throws Exception {
		long agreed = consultedCase("AGREED", Outcome.GRANTED);
		handling.answer(staff("handler"), agreed, null, null, DeliveryMethod.EMAIL);
		assertThat(handling.show(staff("handler"), agreed).getStatus()).isEqualTo(RequestStatus.ANSWERED);

		long withheld = consultedCase("OBJECTED", Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
		handling.answer(staff("handler"), withheld, null, null, DeliveryMethod.EMAIL);
		assertThat(handling.show(staff("handler"), withheld).getOutcome())
			.isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
	}

	@Test
	void noAnswerIsRecordedOnlyAfterTheFifteenWorkingDaysAndKeepsTheFullPause() throws Exception {
		long id = assignedCase(LocalDate.of(2025, 3, 3));
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "南阳某贸易有限公司", null);
		int version = handling.show(staff("handler"), id).getVersion();
		clock.setDay(LocalDate.of(2025, 3, 24));
		step("handler", "/api/v1/requests/" + id + "/consultations/1/answer", "{\"stance\":\"NO_ANSWER\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.consultation-term-running"))
			.andExpect(jsonPath("$.detail").value(containsString("第三十二条")));
		assertThat(handling.show(staff("handler"), id).getVersion()).isEqualTo(version);

		clock.setDay(LocalDate.of(2025, 3, 25));
		handling.recordConsultationAnswer(staff("handler"), id, null, 1, null, null, ConsultationStance.NO_ANSWER);
		Consultation recorded = handling.show(staff("handler"), id).getConsultations().get(0);
		assertThat(recorded.stance()).isEqualTo(ConsultationStance.NO_ANSWER);
		assertThat(recorded.answeredOn()).isNull();
		step("handler", "/api/v1/requests/" + id + "/consultations/1/answer",
				"{\"answeredOn\":\"2025-03-25\",\"stance\":\"AGREED\"}")
			.andExpect(jsonPath("$.code").value("request.consultation-answered"));
	}

}
