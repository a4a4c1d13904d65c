package org.gongkai.requests;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letters of the steps (issue 12): each step that needs a notice generates it in the
 * same click as a document of the case; a reply is not served without its 答复书 (generated,
 * or uploaded with a reason); the applicant downloads the reply on /track only once it is
 * served.
 */
class StepLettersIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Letters letters;

	@Autowired
	RequestDocuments documents;

	@Autowired
	JdbcClient jdbc;

	ResultActions api(String username, String path, String body) throws Exception {
		return mvc.perform(post(path)
			.header("Authorization", "Bearer " + tokens.create(staff(username), "letters " + System.nanoTime()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	RequestDocuments.Document only(long id, DocumentKind kind) {
		List<RequestDocuments.Document> found = documents.of(id).stream().filter(d -> d.kind() == kind).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	long approved(long id, Outcome outcome, String text) {
		handling.draftReply(staff("handler"), id, null, outcome, null, text);
		handling.review(staff("reviewer"), id, null, true, null);
		return id;
	}

	@Test
	void acceptExtendConsultAndAnswerEachGenerateTheirLetterAsADocumentOfTheCase() throws Exception {
		long id = receivedInPersonOn(TODAY);
		String applicant = Fixtures.person().name();
		handling.accept(staff("registrar"), id, null, staff("handler").id(), true);
		RequestDocuments.Document receipt = only(id, DocumentKind.ACKNOWLEDGEMENT);
		assertThat(receipt.generated()).isTrue();
		assertThat(receipt.uploadedBy()).isEqualTo("registrar");
		assertThat(pdfText(documents.content(receipt.id()))).contains("受理回执", applicant, "2025年3月3日");

		handling.requestExtension(staff("handler"), id, null, 20, "需要协调多个内设机构");
		handling.decideExtension(staff("head"), id, null, true, null, TODAY, true);
		assertThat(pdfText(documents.content(only(id, DocumentKind.EXTENSION_NOTICE).id()))).contains("延期答复",
				"需要协调多个内设机构", applicant);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "南阳某某商贸有限公司", TODAY, true);
		assertThat(pdfText(documents.content(only(id, DocumentKind.CONSULTATION).id()))).contains("南阳某某商贸有限公司",
				"第三十二条");
		handling.recordConsultationAnswer(staff("handler"), id, null, 1, TODAY, "同意", ConsultationStance.AGREED);

		approved(id, Outcome.PARTIALLY_GRANTED, "部分内容涉及商业秘密，不予公开");
		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.ONLINE);
		RequestDocuments.Document reply = only(id, DocumentKind.REPLY);
		assertThat(pdfText(documents.content(reply.id()))).contains("答复书", applicant, "第三十七条", "部分内容涉及商业秘密", "行政复议");
		assertThat(handling.show(staff("handler"), id).getReplyLetterReason()).isNull();

		List<GeneratedLetter> generated = letters.forCase(id);
		assertThat(generated).extracting(GeneratedLetter::kind)
			.containsExactly(LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION_NOTICE,
					LetterKind.THIRD_PARTY_CONSULTATION, LetterKind.REPLY_PARTIALLY_GRANTED);
		assertThat(generated.get(3).generatedBy()).isEqualTo("handler");
		assertThat(generated.get(3).revision()).isEqualTo(1);
		assertThat(reply.letterId()).isEqualTo(generated.get(3).id());

		mvc.perform(get("/console/requests/{id}", id).with(user(staff("handler"))))
			.andExpect(content().string(containsString("/documents/" + reply.id() + "/docx")));
		mvc.perform(get("/console/requests/{id}/documents/{d}/docx", id, reply.id()).with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")));
	}

	@Test
	void theCorrectionNoticeIsGeneratedWithTheMattersAndTheTerm() throws Exception {
		long id = receivedInPersonOn(TODAY);
		handling.requestCorrection(staff("registrar"), id, null, "请写明所需信息的文号", 10, TODAY, TODAY, true);
		assertThat(pdfText(documents.content(only(id, DocumentKind.CORRECTION_NOTICE).id()))).contains("补正",
				"请写明所需信息的文号", "第三十条");
	}

	@Test
	void aStepWithoutTheLetterGeneratesNone() {
		long id = assignedCase(TODAY);
		assertThat(documents.of(id)).isEmpty();
		assertThat(letters.forCase(id)).isEmpty();
	}

	@Test
	void aReplyIsNotServedWithoutItsLetterAndAnUploadedOneNeedsAReason() throws Exception {
		long id = approved(assignedCase(TODAY), Outcome.GRANTED, "予以公开");
		int version = handling.show(staff("handler"), id).getVersion();

		api("handler", "/api/v1/requests/" + id + "/answer", "{\"delivery\":\"EMAIL\",\"generateLetter\":false}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.reply-letter-missing"))
			.andExpect(jsonPath("$.detail").value(containsString("答复书")));
		MvcResult page = mvc
			.perform(post("/console/requests/{id}/answer", id).param("version", Integer.toString(version))
				.param("repliedOn", TODAY.toString())
				.param("delivery", "EMAIL")
				.param("_letter", "on")
				.with(user(staff("handler")))
				.with(csrf()))
			.andReturn();
		assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("答复须附答复书");
		assertThat(handling.show(staff("handler"), id).getVersion()).isEqualTo(version);

		handling.attach(staff("handler"), id, DocumentKind.REPLY,
				new UploadedFile("盖章答复书.pdf", RequestDocumentsTests.PDF));
		api("handler", "/api/v1/requests/" + id + "/answer", "{\"delivery\":\"EMAIL\",\"generateLetter\":false}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.reply-letter-reason-missing"));
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(letters.forCase(id)).isEmpty();

		api("handler", "/api/v1/requests/" + id + "/answer",
				"{\"delivery\":\"EMAIL\",\"generateLetter\":false,\"letterReason\":\"答复书经主要负责人手写签批\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		assertThat(handling.show(staff("handler"), id).getReplyLetterReason()).isEqualTo("答复书经主要负责人手写签批");
		assertThat(letters.forCase(id)).isEmpty();
	}

	/**
	 * An adverse reply without reasons no longer reaches the answer: its draft with an
	 * empty text is refused before review (issue 17, item 7).
	 */
	@Test
	void anAdverseReplyWithoutReasonsIsRefusedAndChangesNothing() {
		long id = assignedCase(TODAY);
		int version = handling.show(staff("handler"), id).getVersion();
		assertThatThrownBy(
				() -> handling.draftReply(staff("handler"), id, version, Outcome.UNAVAILABLE_NOT_HELD, null, " "))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reply-text-missing"));
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(unchanged.getVersion()).isEqualTo(version);
		assertThat(documents.of(id)).isEmpty();
		assertThat(letters.forCase(id)).isEmpty();
	}

	@Test
	void theApplicantDownloadsTheReplyOnTrackOnlyOnceItIsServed() throws Exception {
		clock.setDay(TODAY);
		String key = "letters-" + System.nanoTime();
		MvcResult applied = mvc
			.perform(multipart("/apply").with(csrf())
				.param("agencyId", Long.toString(commerce()))
				.param("token", key)
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "王小明")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("phone", "13800138000")
				.param("email", "wang@example.cn")
				.param("title", "2024 年度商贸流通专项资金分配结果")
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn();
		String code = (String) applied.getFlashMap().get("trackingCode");
		String access = (String) applied.getFlashMap().get("accessCode");
		long id = jdbc.sql("select id from information_request where tracking_code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
		Cookie session = mvc
			.perform(post("/track").with(csrf()).param("trackingCode", code).param("verification", access))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		handling.confirmReceipt(staff("registrar"), id, null, TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id(), true);
		approved(id, Outcome.PARTIALLY_GRANTED, "部分内容涉及个人隐私");
		// Refused (no reason for an upload): no reply exists yet, none is shown.
		assertThatThrownBy(() -> handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.ONLINE,
				RequestHandling.ReplyLetter.uploaded(null)))
			.isInstanceOf(RuleViolation.class);
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(containsString("受理回执")))
			.andExpect(content().string(not(containsString("答复书-"))));

		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.ONLINE);
		long reply = only(id, DocumentKind.REPLY).id();
		mvc.perform(get("/track/status").cookie(session)).andExpect(content().string(containsString("答复书-")));
		byte[] pdf = mvc.perform(get("/track/documents/{d}", reply).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(pdfText(pdf)).contains("王小明", "第三十七条");
	}

}
