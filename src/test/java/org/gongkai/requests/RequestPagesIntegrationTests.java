package org.gongkai.requests;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;

import jakarta.servlet.http.Cookie;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agencies.Agencies;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's pages and the console pages, rendered and submitted through the real
 * security chain.
 */
class RequestPagesIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	MvcResult apply(String token, String idNumber, MockMultipartFile... files) throws Exception {
		var request = multipart("/apply").with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("token", token)
			.param("applicantType", "NATURAL_PERSON")
			.param("name", "王小明")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", idNumber)
			.param("phone", "13800138000")
			.param("email", "wang@example.cn")
			.param("title", "2024 年度商贸流通专项资金分配结果")
			.param("formWanted", "ELECTRONIC")
			.param("deliveryWanted", "ONLINE");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request).andReturn();
	}

	@Test
	void theOnlineFormListsAgenciesThenAsksForEveryFieldOfArticle29() throws Exception {
		mvc.perform(get("/apply")).andExpect(status().isOk()).andExpect(content().string(containsString("卧龙区商务局")));
		mvc.perform(get("/apply").param("agencyId", Long.toString(commerce())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("向卧龙区商务局申请政府信息公开")))
			.andExpect(content().string(containsString("name=\"token\"")))
			.andExpect(content().string(containsString("统一社会信用代码")))
			.andExpect(content().string(containsString("<main id=\"main\"")));
	}

	@Test
	void aFormWithMistakesShowsAChineseMessageBesideEachFieldAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from information_request").query(Long.class).single();

		mvc.perform(post("/apply").with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("token", "t-" + System.nanoTime())
			.param("applicantType", "COMMERCIAL_ENTERPRISE")
			.param("name", "")
			.param("idType", "CREDIT_CODE")
			.param("idNumber", "91411303MA00001230")
			.param("title", "")
			.param("formWanted", "PAPER")
			.param("deliveryWanted", "POST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写申请人姓名或名称")))
			.andExpect(content().string(containsString("统一社会信用代码不正确")))
			.andExpect(content().string(containsString("请填写经办人")))
			.andExpect(content().string(containsString("请至少填写一种联系方式")))
			.andExpect(content().string(containsString("请填写所需政府信息的名称")));

		assertThat(jdbc.sql("select count(*) from information_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSubmittedFormConfirmsWithCodesByPageAndEmailAndADoubleSubmitMakesOneApplication() throws Exception {
		String token = "double-" + System.nanoTime();
		MvcResult first = apply(token, Fixtures.IDENTITY_NUMBER,
				new MockMultipartFile("files", "身份证.pdf", "application/pdf", RequestDocumentsTests.PDF));
		// A double submit sends the same form, attachments included (they are part of the
		// submission's digest: issue 9).
		MvcResult second = apply(token, Fixtures.IDENTITY_NUMBER,
				new MockMultipartFile("files", "身份证.pdf", "application/pdf", RequestDocumentsTests.PDF));

		String code = (String) first.getFlashMap().get("trackingCode");
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/apply/done/" + code);
		assertThat(second.getFlashMap().get("trackingCode")).isEqualTo(code);
		assertThat(second.getFlashMap().get("accessCode")).isEqualTo(first.getFlashMap().get("accessCode"));
		assertThat(jdbc.sql("select count(*) from information_request where tracking_code = :c")
			.param("c", code)
			.query(Long.class)
			.single()).isEqualTo(1);
		// Sessions live in the database (Spring Session), so the confirmation page is
		// reached with the session cookie.
		mvc.perform(get("/apply/done/" + code).cookie(first.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("确认邮件已发送至 wang@example.cn")))
			.andExpect(content().string(containsString((String) first.getFlashMap().get("accessCode"))));
		MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains(code);
			}
			catch (MessagingException e) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wang@example.cn");
		assertThat((String) mail.getContent()).contains((String) first.getFlashMap().get("accessCode"));
	}

	@Test
	void aDisguisedOrOversizedUploadIsRefusedOnTheForm() throws Exception {
		MvcResult disguised = apply("up-" + System.nanoTime(), Fixtures.IDENTITY_NUMBER,
				new MockMultipartFile("files", "scan.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()));
		assertThat(disguised.getResponse().getStatus()).isEqualTo(200);
		assertThat(disguised.getResponse().getContentAsString()).contains("不是 PDF、PNG 或 JPEG 文件");

		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(RequestDocumentsTests.PDF, 0, big, 0, RequestDocumentsTests.PDF.length);
		MvcResult oversized = apply("big-" + System.nanoTime(), Fixtures.IDENTITY_NUMBER,
				new MockMultipartFile("files", "big.pdf", "application/pdf", big));
		assertThat(oversized.getResponse().getContentAsString()).contains("大小限制");
	}

	@Test
	void trackingShowsOnlyOnesOwnApplicationAndTheReplyOnlyOnceSent() throws Exception {
		MvcResult applied = apply("track-" + System.nanoTime(), Fixtures.IDENTITY_NUMBER);
		String code = (String) applied.getFlashMap().get("trackingCode");
		String access = (String) applied.getFlashMap().get("accessCode");
		long id = jdbc.sql("select id from information_request where tracking_code = :c")
			.param("c", code)
			.query(Long.class)
			.single();

		mvc.perform(post("/track").with(csrf()).param("trackingCode", code).param("verification", "WRONG123"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("申请编号或验证信息不正确")));
		Cookie session = mvc
			.perform(post("/track").with(csrf()).param("trackingCode", code).param("verification", access))
			.andExpect(redirectedUrl("/track/status"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("待机关确认收到")));

		handling.confirmReceipt(staff("registrar"), id, null, TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		long reply = handling.attach(staff("handler"), id, DocumentKind.REPLY,
				new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		mvc.perform(get("/track/status").cookie(session)).andExpect(content().string(not(containsString("答复书.pdf"))));
		mvc.perform(get("/track/documents/{d}", reply).cookie(session)).andExpect(status().isNotFound());

		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.ONLINE);
		mvc.perform(get("/track/status").cookie(session))
			.andExpect(content().string(containsString("答复书.pdf")))
			.andExpect(content().string(containsString("予以公开")));
		mvc.perform(get("/track/documents/{d}", reply).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));

		MvcResult other = apply("other-" + System.nanoTime(), Fixtures.IDENTITY_NUMBER);
		long otherId = jdbc.sql("select id from information_request where tracking_code = :c")
			.param("c", (String) other.getFlashMap().get("trackingCode"))
			.query(Long.class)
			.single();
		long otherDoc = handling.attach(staff("registrar"), otherId, DocumentKind.APPLICATION,
				new UploadedFile("他人材料.pdf", RequestDocumentsTests.PDF));
		mvc.perform(get("/track/documents/{d}", otherDoc).cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/track/documents/{d}", reply)).andExpect(status().isNotFound());
	}

	@Test
	void theSubNavigationOffersRegisteringOnlyToThoseWhoMayRegister() throws Exception {
		for (String page : List.of("/console/requests", "/console/requests/deadlines",
				"/console/requests/statistics")) {
			mvc.perform(get(page).with(user(staff("registrar"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/console/requests/new\"")));
			for (String other : List.of("handler", "head", "supervisor", "admin")) {
				mvc.perform(get(page).with(user(staff(other))))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("href=\"/console/requests/new\""))));
			}
		}
	}

	@Test
	void theRegistrarRegistersALetterAndTheCasePageShowsItsClock() throws Exception {
		var registrar = staff("registrar");
		mvc.perform(get("/console/requests/new").with(user(registrar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("挂号信")));

		MvcResult created = mvc
			.perform(multipart("/console/requests/new").with(user(registrar))
				.with(csrf())
				.param("agencyId", Long.toString(commerce()))
				.param("token", "console-" + System.nanoTime())
				.param("channel", "REGISTERED_MAIL")
				.param("submittedOn", "2025-02-27")
				.param("signedForOn", "2025-02-28")
				.param("receiptNote", "EMS 9911")
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "赵六")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("address", "南阳市卧龙区人民路 9 号")
				.param("postcode", "473000")
				.param("title", "农贸市场改造项目批复")
				.param("formWanted", "PAPER")
				.param("deliveryWanted", "POST"))
			.andExpect(redirectedUrlPattern("/console/requests/*"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();

		mvc.perform(get(page).with(user(registrar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-02-28")))
			.andExpect(content().string(containsString("2025-03-28")))
			.andExpect(content().string(containsString("badge ok")))
			.andExpect(content().string(containsString("受理并分派承办人")));
		mvc.perform(get(page).with(user(staff("edu.handler")))).andExpect(status().isNotFound());
		mvc.perform(get("/console/requests").with(user(registrar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("农贸市场改造项目批复")));
		mvc.perform(get("/console/requests").with(user(staff("edu.handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("农贸市场改造项目批复"))));
	}

	@Test
	void aStepOutOfOrderOnTheCasePageExplainsTheRuleAndChangesNothing() throws Exception {
		var submission = intakeInPerson();
		long id = submission.reference().id();

		mvc.perform(post("/console/requests/{id}/answer", id).with(user(staff("handler")))
			.with(csrf())
			.param("delivery", "POST"))
			.andExpect(redirectedUrl("/console/requests/" + id))
			.andExpect(flash().attribute("error", containsString("不能答复")));
		assertThat(handling.show(staff("handler"), id).getStatus()).isEqualTo(RequestStatus.RECEIVED);
	}

	@Test
	void aStaleFormIsRefusedWithoutLosingTheOtherChange() throws Exception {
		long id = intakeInPerson().reference().id();
		int seen = handling.show(staff("registrar"), id).getVersion();
		handling.accept(staff("registrar"), id, seen, staff("handler").id());

		mvc.perform(post("/console/requests/{id}/withdraw", id).with(user(staff("registrar")))
			.with(csrf())
			.param("version", Integer.toString(seen))
			.param("withdrawnOn", TODAY.toString())
			.param("reason", "电话撤回")).andExpect(flash().attribute("errorKey", "request.error.concurrent"));
		InformationRequest after = handling.show(staff("registrar"), id);
		assertThat(after.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(after.getHandlerName()).isEqualTo("承办人 张伟");
	}

	@Test
	void theSupervisorSeesSubordinateOverdueCasesButNoActions() throws Exception {
		clock.setDay(TODAY.minusDays(60));
		long id = intakeInPerson().reference().id();
		clock.setDay(TODAY);

		// The overdue view alone: the overview shows only the 50 most urgent, and other
		// tests leave older cases.
		mvc.perform(get("/console/requests/deadlines").param("view", "overdue").with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("督办")))
			.andExpect(content().string(containsString("/console/requests/" + id + "\"")))
			.andExpect(content().string(containsString("badge late")))
			// The header's notices count the subordinates' overdue cases.
			.andExpect(content().string(containsString("件政府信息公开申请已逾期未答复")));
		// The list offers the handlers of every supervised agency to filter by.
		mvc.perform(get("/console/requests").with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("承办人 张伟")))
			.andExpect(content()
				.string(containsString(staffMembers.findByUsername("edu.handler").orElseThrow().getDisplayName())));
		mvc.perform(get("/console/requests/{id}", id).with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"actions\""))));
		mvc.perform(post("/console/requests/{id}/withdraw", id).with(user(staff("supervisor")))
			.with(csrf())
			.param("reason", "x")).andExpect(status().isForbidden());
	}

	@Test
	void tableThreeIsShownWithAllTwentyFiveRows() throws Exception {
		mvc.perform(get("/console/requests/statistics").with(user(staff("head"))).param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一、本年新收政府信息公开申请数量")))
			.andExpect(content().string(containsString("三（六）3. 其他")))
			.andExpect(content().string(containsString("四、结转下年度继续办理")));
	}

	@Test
	void theExportHoldsTheFilteredApplicationsWithPersonalDataMasked() throws Exception {
		long id = intakeInPerson().reference().id();
		String code = handling.show(staff("registrar"), id).getTrackingCode();

		byte[] xlsx = mvc
			.perform(get("/console/requests/export.xlsx").with(user(staff("registrar"))).param("status", "RECEIVED"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请编号");
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("证件号码（脱敏）");
			List<String> codes = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				var row = sheet.getRow(i);
				codes.add(row.getCell(0).getStringCellValue());
				assertThat(row.getCell(10).getStringCellValue()).isEqualTo("已登记");
				assertThat(row.getCell(6).getStringCellValue()).doesNotContain(Fixtures.IDENTITY_NUMBER).contains("*");
				assertThat(row.getCell(7).getStringCellValue()).doesNotContain("13800138000");
			}
			assertThat(codes).contains(code);
		}
		byte[] other = mvc.perform(get("/console/requests/export.xlsx").with(user(staff("edu.handler"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(other))) {
			var sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("卧龙区教育局");
			}
		}
	}

	private RequestIntake.Submission intakeInPerson() {
		return intake.submit(new RequestIntake.NewApplication(commerce(),
				new InformationRequest.Intake(Channel.IN_PERSON, clock.today(), null, null, null), Fixtures.person(),
				Fixtures.sought(), null, null), Actor.PUBLIC);
	}

}
