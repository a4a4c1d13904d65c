package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's pages of issue 17 (items 1 to 4) and their wrong turns, through the
 * real security chain: the confirmation addressed by the tracking code and its PDF
 * receipt, the correction online (the same domain step as the staff's 收到补正), the reply
 * with its remedies, an overdue and a reopened case, the form's error summary, and
 * English.
 */
class ApplicantPagesIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrackingCodes codes;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	RequestHistory history;

	@Autowired
	RequestDirectory directory;

	MvcResult apply(String email, String title) throws Exception {
		return mvc
			.perform(multipart("/apply").with(csrf())
				.param("agencyId", Long.toString(commerce()))
				.param("token", "cit-" + System.nanoTime())
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "王小明")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("phone", "13800138000")
				.param("email", email)
				.param("address", "南阳市卧龙区车站路 1 号")
				.param("title", title)
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn();
	}

	/** Signs in on /track for application {@code id}; returns the session cookie. */
	Cookie tracked(long id) throws Exception {
		String code = jdbc.sql("select tracking_code from information_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return mvc.perform(
				post("/track").with(csrf()).param("trackingCode", code).param("verification", codes.accessCode(code)))
			.andExpect(redirectedUrl("/track/status"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/**
	 * A case received today in person, assigned, with a correction of 5 working days
	 * asked.
	 */
	long awaitingCorrection() {
		long id = assignedCase(TODAY);
		handling.requestCorrection(staff("handler"), id, null, "请写明所需文件的文号或发布年份", 5, TODAY);
		return id;
	}

	@Test
	void theConfirmationSurvivesARefreshOffersTheReceiptAndClaimsNoMailItDidNotSend() throws Exception {
		MvcResult applied = apply("", "2024 年度商贸流通专项资金分配结果");
		String code = (String) applied.getFlashMap().get("trackingCode");
		String access = (String) applied.getFlashMap().get("accessCode");
		assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/apply/done/" + code).doesNotContain(access);
		Cookie session = applied.getResponse().getCookie("SESSION");

		for (int refresh = 0; refresh < 2; refresh++) {
			mvc.perform(get("/apply/done/" + code).cookie(session))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(code), containsString(access),
						containsString("卧龙区商务局"), containsString("2025-03-03"),
						containsString("/track?trackingCode=" + code), containsString("receipt.pdf"))))
				.andExpect(content().string(not(containsString("确认邮件已发送"))))
				.andExpect(content().string(containsString("您未填写电子邮箱，不会收到确认邮件")));
		}
		// Another session (or none) never sees the access code: it gets the tracking page
		// with the code filled in.
		mvc.perform(get("/apply/done/" + code)).andExpect(redirectedUrl("/track?trackingCode=" + code));
		mvc.perform(get("/track").param("trackingCode", code))
			.andExpect(content().string(containsString("value=\"" + code + "\"")));
		mvc.perform(get("/apply/done/" + code + "/receipt.pdf")).andExpect(status().isNotFound());

		byte[] pdf = mvc.perform(get("/apply/done/" + code + "/receipt.pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("申请回执", "申请编号", code, "查询码", access, "卧龙区商务局", "2025-03-03", "20 个工作日");
		}
	}

	@Test
	void theConfirmationSaysTheEmailWasSentOnlyWhenTheServerTookIt() throws Exception {
		MvcResult applied = apply("mailed@example.cn", "2024 年度商贸流通专项资金分配结果");
		String code = (String) applied.getFlashMap().get("trackingCode");
		mvc.perform(get("/apply/done/" + code).cookie(applied.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("确认邮件已发送至 mailed@example.cn")));
	}

	@Test
	void trackShowsWhatToCorrectByWhenAndTheCorrectionOnlineRestartsTheClockAsTheStaffStepDoes() throws Exception {
		long byStaff = awaitingCorrection();
		long online = awaitingCorrection();
		Cookie session = tracked(online);
		LocalDate termEnds = calendar.addWorkingDays(TODAY, 5);
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(allOf(containsString("请写明所需文件的文号或发布年份"), containsString(termEnds + " 前"),
					containsString("等待您补正申请"), containsString("correction-form"))))
			.andExpect(content().string(not(containsString("正在征求第三方"))));

		LocalDate correctedOn = calendar.addWorkingDays(TODAY, 2);
		clock.setDay(correctedOn);
		handling.receiveCorrection(staff("handler"), byStaff, null, correctedOn);
		mvc.perform(multipart("/track/correction")
			.file(new MockMultipartFile("files", "补正.pdf", "application/pdf", RequestDocumentsTests.PDF))
			.param("text", "所需文件为卧商〔2024〕12 号")
			.cookie(session)
			.with(csrf())).andExpect(redirectedUrl("/track/status"));

		InformationRequest staffSide = handling.show(staff("handler"), byStaff);
		InformationRequest citizenSide = handling.show(staff("handler"), online);
		assertThat(citizenSide.getStatus()).isEqualTo(staffSide.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(citizenSide.getCorrectionReceivedOn()).isEqualTo(correctedOn);
		LocalDate due = calendar.addWorkingDays(correctedOn, 20);
		assertThat(handling.deadlineStatusOf(citizenSide).replyDue()).isEqualTo(due)
			.isEqualTo(handling.deadlineStatusOf(staffSide).replyDue());
		assertThat(history.of(online).stream().map(step -> step.action()).toList())
			.containsAll(history.of(byStaff).stream().map(step -> step.action()).toList());
		assertThat(jdbc.sql("select count(*) from request_document where request_id = :id and kind = 'CORRECTION'")
			.param("id", online)
			.query(Long.class)
			.single()).isEqualTo(2);
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(allOf(containsString(due.toString()), containsString("补正内容.pdf"))))
			.andExpect(content().string(not(containsString("correction-form"))));

		// A second correction: refused in words, nothing changes.
		Integer version = citizenSide.getVersion();
		mvc.perform(multipart("/track/correction").param("text", "再补充一次").cookie(session).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("补正已经收到，无需再次提交")));
		assertThat(handling.show(staff("handler"), online).getVersion()).isEqualTo(version);
	}

	@Test
	void aCorrectionAfterTheTermOrEmptyOrWithoutCsrfIsRefusedAndChangesNothing() throws Exception {
		long id = awaitingCorrection();
		Cookie session = tracked(id);
		mvc.perform(multipart("/track/correction").param("text", "  ").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写补正内容或上传补正材料")));
		mvc.perform(multipart("/track/correction").param("text", "没有令牌").cookie(session))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/track/correction")
			.file(new MockMultipartFile("files", "x.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.cookie(session)
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("补正材料未被接受")));

		LocalDate termEnds = calendar.addWorkingDays(TODAY, 5);
		clock.setDay(termEnds.plusDays(1));
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(containsString("补正期限已于 " + termEnds + " 届满")))
			.andExpect(content().string(not(containsString("correction-form"))));
		mvc.perform(multipart("/track/correction").param("text", "迟到的补正").cookie(session).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("补正期限已届满，补正未被接收")));

		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
		assertThat(unchanged.getCorrectionReceivedOn()).isNull();
		assertThat(jdbc.sql("select count(*) from request_document where request_id = :id and kind = 'CORRECTION'")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theReplyShowsOutcomeBasisReasonsAndTheRemediesWithWhereToFileInChineseAndEnglish() throws Exception {
		long id = assignedCase(TODAY);
		handling.attach(staff("handler"), id, DocumentKind.REPLY,
				new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
		handling.draftReply(staff("handler"), id, null, Outcome.UNAVAILABLE_NOT_HELD, "《条例》第三十六条第（四）项",
				"经检索，本机关未制作或获取该信息。");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.ONLINE);
		Cookie session = tracked(id);

		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(allOf(containsString("无法提供·本机关不掌握相关政府信息"), containsString("《条例》第三十六条第（四）项"),
					containsString("经检索，本机关未制作或获取该信息。"), containsString("答复书.pdf"),
					containsString("60 日内，向南阳市卧龙区人民政府申请行政复议"), containsString("6 个月内，向有管辖权的人民法院提起行政诉讼"),
					containsString("向卧龙区人民政府办公室投诉"), containsString("第四十七条"))));
		mvc.perform(get("/track/status").param("lang", "en").cookie(session))
			.andExpect(content()
				.string(allOf(containsString("Remedies"), containsString("Government of 南阳市卧龙区 within 60 days"),
						containsString("within 6 months"), containsString("Legal basis"))));

		directory.reopen(id, "复议决定书卧政复决〔2025〕3 号责令重新答复", "appeals");
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(allOf(containsString("本申请正在重新办理"), containsString("原来的答复已被撤销"),
					containsString("复议决定书卧政复决〔2025〕3 号责令重新答复"))));
	}

	@Test
	void anOverdueCaseTellsTheApplicantTheSameRemedies() throws Exception {
		long id = assignedCase(TODAY);
		Cookie session = tracked(id);
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(not(containsString("track-remedies"))));
		clock.setDay(calendar.addWorkingDays(TODAY, 25));
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(allOf(containsString("机关已超过答复期限仍未答复"), containsString("申请行政复议"),
					containsString("提起行政诉讼"), containsString("投诉"))));
	}

	@Test
	void theFormListsItsWrongFieldsAsLinksSaysTheFormatAndRefusesAOneCharacterTitle() throws Exception {
		String page = mvc
			.perform(multipart("/apply").with(csrf())
				.param("agencyId", Long.toString(commerce()))
				.param("token", "bad-" + System.nanoTime())
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "王小明")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", "12345")
				.param("phone", "12ab")
				.param("title", "表")
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"form-errors\"", "href=\"#title\"", "href=\"#phone\"", "href=\"#idNumber\"",
				"所需政府信息的名称至少 2 个字", "11 位手机号码", "带区号的固定电话", "应为 18 位", "aria-invalid=\"true\"", "带 * 的为必填项");
		String english = mvc
			.perform(multipart("/apply").with(csrf())
				.param("lang", "en")
				.param("agencyId", Long.toString(commerce()))
				.param("token", "bad-" + System.nanoTime())
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "Wang")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("phone", "13800138000")
				.param("title", "x")
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("1 field needs correcting", "at least 2 characters");
	}

	/**
	 * The Chinese left on a page in English: runs of Han characters outside what the
	 * applicant or the agency wrote and the language switch.
	 */
	static Set<String> chineseLeft(String html, String... data) {
		// File names are data too (a generated letter is named in Chinese).
		String text = html.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("[^<>\"\\s]*\\.pdf", "");
		for (String allowed : data) {
			text = text.replace(allowed, "");
		}
		Set<String> left = new TreeSet<>();
		Matcher han = Pattern.compile("[\\p{IsHan}（）《》“”，。：；、]+").matcher(text);
		while (han.find()) {
			if (han.group().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				left.add(han.group());
			}
		}
		return left;
	}

	@Test
	void everyPublicRequestPageIsCompleteInEnglish() throws Exception {
		String[] data = { "卧龙区商务局", "南阳市卧龙区", "卧龙区人民政府办公室", "王小明", "中文", "政府信息公开", "行政复议", "行政诉讼",
				"2024 年度商贸流通专项资金分配结果", "请写明所需文件的文号或发布年份", "答复书.pdf", "补正内容.pdf", "经检索，本机关未制作或获取该信息。", "《条例》第三十六条第（四）项",
				"申请答复书" };
		MvcResult applied = apply("", "2024 年度商贸流通专项资金分配结果");
		String code = (String) applied.getFlashMap().get("trackingCode");
		Cookie en = new Cookie("gongkai-lang", "en");
		List<String> pages = new ArrayList<>();
		pages.add(mvc.perform(get("/apply").cookie(en)).andReturn().getResponse().getContentAsString());
		pages.add(mvc.perform(get("/apply").param("agencyId", Long.toString(commerce())).cookie(en))
			.andReturn()
			.getResponse()
			.getContentAsString());
		pages.add(mvc.perform(get("/apply/done/" + code).cookie(applied.getResponse().getCookie("SESSION"), en))
			.andReturn()
			.getResponse()
			.getContentAsString());
		pages.add(mvc.perform(get("/track").cookie(en)).andReturn().getResponse().getContentAsString());

		long correcting = awaitingCorrection();
		pages.add(mvc.perform(get("/track/status").cookie(tracked(correcting), en))
			.andReturn()
			.getResponse()
			.getContentAsString());
		long answered = assignedCase(TODAY);
		handling.attach(staff("handler"), answered, DocumentKind.REPLY,
				new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
		handling.draftReply(staff("handler"), answered, null, Outcome.UNAVAILABLE_NOT_HELD, "《条例》第三十六条第（四）项",
				"经检索，本机关未制作或获取该信息。");
		handling.review(staff("reviewer"), answered, null, true, null);
		handling.answer(staff("handler"), answered, null, TODAY, DeliveryMethod.ONLINE);
		String reply = mvc.perform(get("/track/status").cookie(tracked(answered), en))
			.andReturn()
			.getResponse()
			.getContentAsString();
		pages.add(reply);
		assertThat(reply).contains("Remedies", "20 working days from 2025-03-03");

		// Agency names are data, as the applicant's own words are.
		List<String> names = new ArrayList<>(List.of(data));
		agencyDirectory.findAll().forEach(agency -> names.add(agency.getName()));
		names.sort(Comparator.comparing(String::length).reversed());
		for (String page : pages) {
			assertThat(chineseLeft(page, names.toArray(String[]::new))).isEmpty();
		}
	}

	@Test
	void theJsonApiTakesTheCorrectionLikeThePageAndRefusesASecondOne() throws Exception {
		long id = awaitingCorrection();
		String code = jdbc.sql("select tracking_code from information_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String body = "{\"trackingCode\":\"" + code + "\",\"verification\":\"" + codes.accessCode(code)
				+ "\",\"text\":\"所需文件为卧商〔2024〕12 号\"}";
		mvc.perform(
				post("/api/v1/public/requests/track/correction").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_HANDLING"))
			.andExpect(jsonPath("$.replyDue").value(calendar.addWorkingDays(TODAY, 20).toString()));
		mvc.perform(
				post("/api/v1/public/requests/track/correction").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value(ApplicantCorrections.ALREADY_RECEIVED));
		mvc.perform(post("/api/v1/public/requests/track/correction").contentType(MediaType.APPLICATION_JSON)
			.content(body.replace(codes.accessCode(code), "WRONG123"))).andExpect(status().isNotFound());
	}

}
