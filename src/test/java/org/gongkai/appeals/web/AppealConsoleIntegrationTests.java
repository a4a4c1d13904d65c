package org.gongkai.appeals.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.AppealsIntegrationTest;
import org.gongkai.appeals.CaseFacts;
import org.gongkai.appeals.ContestedAct;
import org.gongkai.appeals.Decision;
import org.gongkai.appeals.Disposition;
import org.gongkai.requests.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages: lists, entry, the case page's actions, uploads and table 四, as staff
 * of each role see them.
 */
class AppealConsoleIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealHandling handling;

	AppealCase olderCase(AppealKind kind) {
		return handling.register(staff("handler"), olderCase(commerce(), kind, today())).appeal();
	}

	long cases() {
		return jdbc.sql("select count(*) from appeal_case").query(Long.class).single();
	}

	@Test
	void theSubNavigationOffersEnteringACaseOnlyToThoseWhoMayEnterOne() throws Exception {
		for (String page : new String[] { "/console/appeals", "/console/appeals/statistics" }) {
			for (String entering : new String[] { "handler", "head" }) {
				mvc.perform(get(page).with(user(staff(entering))))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("href=\"/console/appeals/new\"")));
			}
			for (String other : new String[] { "reviewer", "supervisor", "admin", "publisher" }) {
				mvc.perform(get(page).with(user(staff(other))))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("href=\"/console/appeals/new\""))));
			}
		}
	}

	@Test
	void theListShowsTheAgencysCasesWithMaskedApplicantsAndResultBadges() throws Exception {
		AppealCase appeal = olderCase(AppealKind.LITIGATION_DIRECT);

		mvc.perform(get("/console/appeals").param("kind", "LITIGATION_DIRECT").with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("/console/appeals/" + appeal.getId()), containsString("李*"),
							not(containsString("李四")), containsString("badge soon"), containsString("尚未审结"))));
		mvc.perform(get("/console/appeals").param("kind", "RECONSIDERATION")
			.param("year", Integer.toString(today().getYear()))
			.with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/console/appeals/" + appeal.getId() + "\""))));
		mvc.perform(get("/console/appeals").with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/appeals/" + appeal.getId())));
		mvc.perform(get("/console/appeals").with(user(staff("edu.handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/console/appeals/" + appeal.getId() + "\""))));
		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("edu.handler"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void enteringACaseWithMissingFieldsShowsAChineseMessageBesideEachAndStoresNothing() throws Exception {
		long before = cases();

		mvc.perform(post("/console/appeals/new").with(user(staff("handler")))
			.with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("kind", "RECONSIDERATION")
			.param("token", "form-missing"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("请填写本系统的申请编号"), containsString("请填写复议机关或法院"),
					containsString("请填写申请复议或起诉日期"), containsString("请选择被申请复议（被诉）的行为"))));
		mvc.perform(post("/console/appeals/new").with(user(staff("handler")))
			.with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("kind", "RECONSIDERATION")
			.param("token", "form-bad-date")
			.param("body", "南阳市卧龙区人民政府")
			.param("filedOn", "2025-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期格式不正确")));
		mvc.perform(post("/console/appeals/new").with(user(staff("handler")))
			.with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("kind", "RECONSIDERATION")
			.param("token", "form-missing-2")
			.param("filedOn", today().plusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("日期不能晚于今天"), containsString("请填写复议机关或法院"))));

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void enteringACaseForAnApplicationOpensItsPageAndADoubleSubmitEntersItOnce() throws Exception {
		long requestId = answeredApplication(Outcome.GRANTED);
		String tracking = jdbc.sql("select tracking_code from information_request where id = :id")
			.param("id", requestId)
			.query(String.class)
			.single();
		mvc.perform(get("/console/appeals/new").with(user(staff("registrar"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("复议机关或法院")));
		long before = cases();

		MvcResult first = null;
		for (int i = 0; i < 2; i++) {
			first = mvc
				.perform(post("/console/appeals/new").with(user(staff("registrar")))
					.with(csrf())
					.param("agencyId", Long.toString(commerce()))
					.param("kind", "RECONSIDERATION")
					.param("requestRef", tracking.toLowerCase())
					.param("token", "form-double")
					.param("body", "南阳市卧龙区人民政府")
					.param("caseNumber", "卧政复〔2026〕88 号")
					.param("filedOn", today().toString())
					.param("contestedAct", "REPLY"))
				.andExpect(status().is3xxRedirection())
				.andReturn();
		}

		assertThat(cases()).isEqualTo(before + 1);
		String page = first.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(user(staff("registrar"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("卧政复〔2026〕88 号"), containsString(tracking),
					containsString("王小明"), containsString("登记结果"))));
	}

	@Test
	void recordingARevocationOnThePageReopensTheApplicationAndASecondResultIsRefused() throws Exception {
		long requestId = answeredApplication(Outcome.UNAVAILABLE_NOT_HELD);
		AppealCase appeal = handling.register(staff("handler"), reconsiderationOf(requestId)).appeal();

		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "REVOKED")
			.param("decidedOn", today().toString())
			.param("documentNumber", "卧政复决〔2026〕5 号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "appeal.notice.decided"))
			.andExpect(flash().attributeExists("reopened"));

		assertThat(requestStatus(requestId)).isEqualTo("IN_HANDLING");
		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("handler"))))
			.andExpect(content().string(allOf(containsString("badge late"), containsString("结果纠正"),
					containsString("撤销或部分撤销"), containsString("更正结果"))));
		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("disposition", "UPHELD")
			.param("decidedOn", today().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请使用“更正结果”")));
		assertThat(handling.show(staff("handler"), appeal.getId()).getResult()).isEqualTo(AppealResult.CORRECTED);
	}

	@Test
	void aResultBeforeTheFilingDateIsRefusedBesideItsFieldAndAStaleFormConflicts() throws Exception {
		AppealCase appeal = olderCase(AppealKind.RECONSIDERATION);

		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "UPHELD")
			.param("decidedOn", today().minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结果日期不能早于申请复议或起诉日期")));
		handling.amend(staff("handler"), appeal.getId(), null,
				new CaseFacts("南阳市卧龙区人民政府", "卧政复〔2026〕90 号", today(), ContestedAct.REPLY, null));
		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("disposition", "UPHELD")
			.param("decidedOn", today().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("记录已被他人修改")));

		assertThat(handling.show(staff("handler"), appeal.getId()).getResult()).isEqualTo(AppealResult.PENDING);
	}

	@Test
	void theSupervisorSeesTheCaseButNoActionsAndCannotPostOne() throws Exception {
		AppealCase appeal = olderCase(AppealKind.RECONSIDERATION);

		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"actions\""))));
		mvc.perform(post("/console/appeals/{id}/decision", appeal.getId()).with(user(staff("supervisor")))
			.with(csrf())
			.param("disposition", "UPHELD")
			.param("decidedOn", today().toString())).andExpect(status().isForbidden());
		mvc.perform(get("/console/appeals/new").with(user(staff("supervisor")))).andExpect(status().isForbidden());
	}

	@Test
	void aDisguisedUploadIsRefusedByContentAndAPdfIsStoredAndServed() throws Exception {
		AppealCase appeal = olderCase(AppealKind.LITIGATION_DIRECT);
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

		mvc.perform(multipart("/console/appeals/{id}/documents", appeal.getId())
			.file(new MockMultipartFile("file", "判决书.pdf", "application/pdf", executable))
			.param("kind", "DECISION")
			.with(user(staff("handler")))
			.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("不是 PDF、PNG 或 JPEG 文件")));
		assertThat(jdbc.sql("select count(*) from appeal_document where appeal_id = :id")
			.param("id", appeal.getId())
			.query(Long.class)
			.single()).isZero();

		byte[] pdf = "%PDF-1.7\n判决书".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/console/appeals/{id}/documents", appeal.getId())
			.file(new MockMultipartFile("file", "判决书.pdf", "application/octet-stream", pdf))
			.param("kind", "DECISION")
			.with(user(staff("handler")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long documentId = jdbc.sql("select id from appeal_document where appeal_id = :id")
			.param("id", appeal.getId())
			.query(Long.class)
			.single();
		mvc.perform(
				get("/console/appeals/{id}/documents/{d}", appeal.getId(), documentId).with(user(staff("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(pdf));
		mvc.perform(
				get("/console/appeals/{id}/documents/{d}", appeal.getId(), documentId).with(user(staff("edu.handler"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void amendingAndVoidingWorkFromThePages() throws Exception {
		AppealCase appeal = olderCase(AppealKind.LITIGATION_DIRECT);

		mvc.perform(get("/console/appeals/{id}/edit", appeal.getId()).with(user(staff("handler"))))
			.andExpect(status().isOk())
			// the date is written YYYY-MM-DD in the field, not in the page's locale
			.andExpect(content().string(containsString("value=\"" + appeal.getFiledOn() + "\"")));
		mvc.perform(get("/console/appeals/{id}/edit", appeal.getId()).with(user(staff("handler")))
			.cookie(new Cookie("gongkai-lang", "en")))
			.andExpect(content().string(containsString("value=\"" + appeal.getFiledOn() + "\"")));
		mvc.perform(post("/console/appeals/{id}/edit", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("body", "南阳市宛城区人民法院")
			.param("caseNumber", "（2026）豫 1302 行初 7 号")
			.param("filedOn", today().toString())
			.param("contestedAct", "FAILURE_TO_REPLY")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/appeals/{id}/void", appeal.getId()).with(user(staff("head")))
			.with(csrf())
			.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请说明理由")));
		mvc.perform(post("/console/appeals/{id}/void", appeal.getId()).with(user(staff("head")))
			.with(csrf())
			.param("reason", "重复录入")).andExpect(status().is3xxRedirection());

		AppealCase voided = handling.show(staff("handler"), appeal.getId());
		assertThat(voided.getCaseNumber()).isEqualTo("（2026）豫 1302 行初 7 号");
		assertThat(voided.isVoided()).isTrue();
		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("handler"))))
			.andExpect(content().string(allOf(containsString("重复录入"), not(containsString("id=\"actions\"")))));
	}

	@Test
	void tableFourShowsTheDemoYearAndSpeaksEnglishOnRequest() throws Exception {
		int demoYear = today().getYear() - 1;

		mvc.perform(
				get("/console/appeals/statistics").param("year", Integer.toString(demoYear)).with(user(staff("head"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"table-four\""), containsString("复议后起诉"), containsString("结果维持"))));
		mvc.perform(get("/console/appeals").param("lang", "en").with(user(staff("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrative reconsideration and litigation cases")));
		mvc.perform(get("/console/appeals/statistics").param("agencyId", Long.toString(agency("卧龙区教育局")))
			.with(user(staff("head")))).andExpect(status().isNotFound());
	}

	@Test
	void aLawsuitAfterReconsiderationIsOfferedOnlyForDecidedReconsiderations() throws Exception {
		LocalDate filed = today();
		AppealCase reconsideration = olderCase(AppealKind.RECONSIDERATION);
		mvc.perform(get("/console/appeals/new").param("kind", "LITIGATION_AFTER_RECONSIDERATION")
			.with(user(staff("handler"))))
			.andExpect(content().string(not(containsString("value=\"" + reconsideration.getId() + "\""))));

		handling.decide(staff("handler"), reconsideration.getId(), null,
				new Decision(Disposition.UPHELD, filed, null, null));
		mvc.perform(get("/console/appeals/{id}", reconsideration.getId()).with(user(staff("handler"))))
			.andExpect(content().string(containsString("id=\"lawsuit-after\"")));
		String voidForm = "/console/appeals/" + reconsideration.getId() + "/void\"";
		assertThat(handling.permittedSteps(staff("head"), reconsideration)).contains(AppealHandling.Step.VOID);
		assertThat(handling.permittedSteps(staff("handler"), reconsideration)).doesNotContain(AppealHandling.Step.VOID);
		mvc.perform(get("/console/appeals/{id}", reconsideration.getId()).with(user(staff("head"))))
			.andExpect(content().string(containsString(voidForm)));
		mvc.perform(get("/console/appeals/{id}", reconsideration.getId()).with(user(staff("handler"))))
			.andExpect(content().string(not(containsString(voidForm))));
		mvc.perform(post("/console/appeals/new").with(user(staff("handler")))
			.with(csrf())
			.param("agencyId", Long.toString(commerce()))
			.param("kind", "LITIGATION_AFTER_RECONSIDERATION")
			.param("reconsiderationId", reconsideration.getId().toString())
			.param("token", "after-" + reconsideration.getId())
			.param("body", "南阳市宛城区人民法院")
			.param("filedOn", filed.toString())
			.param("contestedAct", "REPLY")).andExpect(status().is3xxRedirection());
		assertThat(handling.laterLawsuit(handling.show(staff("handler"), reconsideration.getId()))).isPresent();
		// A later lawsuit rests on the reconsideration: it may no longer be voided, and
		// the page no longer offers it.
		AppealCase decided = handling.show(staff("head"), reconsideration.getId());
		assertThat(handling.permittedSteps(staff("head"), decided)).doesNotContain(AppealHandling.Step.VOID);
		mvc.perform(get("/console/appeals/{id}", reconsideration.getId()).with(user(staff("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(voidForm))));
	}

}
