package org.gongkai.appeals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealDocumentKind;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.AppealsIntegrationTest;
import org.gongkai.appeals.Decision;
import org.gongkai.appeals.Disposition;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Zones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day the agency was notified and its 答复/答辩 term through the pages (issue 11 item 15:
 * 行政复议法 Art. 48 and 88, 行政诉讼法 Art. 67), 确认无效 counted as 纠正 in table 四, and the case page
 * in people's names and Beijing time without doubled words (issue 17 item 9).
 */
class AppealTermsIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealHandling handling;

	@Autowired
	AppealStatistics statistics;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void theNoticeRecordedOnThePageGivesTheAnswerTermInTheListAndOnTheCaseInNamesAndBeijingTime() throws Exception {
		LocalDate filed = today().minusDays(60);
		AppealCase appeal = handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.RECONSIDERATION, filed))
			.appeal();

		mvc.perform(post("/console/appeals/{id}/notification", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("notifiedOn", filed.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "appeal.notice.notified"));

		String due = calendar.nthWorkingDayAfter(filed, 10).toString();
		mvc.perform(get("/console/appeals").with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("答复/答辩期限"), containsString(due),
					containsString("badge late"), containsString("已超期"))));
		Instant step = jdbc.sql("select max(occurred_at) from appeal_history where appeal_id = :id")
			.param("id", appeal.getId())
			.query(Instant.class)
			.single();
		String beijing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(step.atZone(Zones.BEIJING));
		mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("答复期限（《行政复议法》第四十八条）"), containsString(due),
					containsString("收到之日起 10 个工作日"), containsString("登记收到答复通知书（行政复议申请书副本）：" + filed),
					containsString("承办人 张伟"), containsString(beijing))))
			.andExpect(content().string(allOf(not(containsString("<span>handler</span>")),
					not(containsString("行政复议 行政复议")), not(containsString("<p class=\"lead\">行政复议</p>")))));
	}

	@Test
	void theHistoryNamesTheDocumentKindInChineseAndEveryStepInBeijingTime() throws Exception {
		AppealCase appeal = handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.LITIGATION_DIRECT, today().minusDays(3)))
			.appeal();
		handling.attach(staff("handler"), appeal.getId(), AppealDocumentKind.DECISION,
				new UploadedFile("判决书.pdf", "%PDF-1.4 test".getBytes()));
		handling.decide(staff("handler"), appeal.getId(), null,
				new Decision(Disposition.WITHDRAWN, today(), "（2026）豫 1302 行初 7 号", "原告撤诉"));

		String page = mvc.perform(get("/console/appeals/{id}", appeal.getId()).with(user(staff("handler"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("上传文件（复议决定书、判决书、裁定书、调解书）：判决书.pdf")
			.doesNotContain("（DECISION）")
			.doesNotContain("行政诉讼 行政诉讼");
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		for (Instant step : jdbc.sql("select occurred_at from appeal_history where appeal_id = :id")
			.param("id", appeal.getId())
			.query(Instant.class)
			.list()) {
			assertThat(page).contains("<time>" + minutes.format(step.atZone(Zones.BEIJING)) + "</time>")
				.doesNotContain("<time>" + minutes.format(step.atZone(ZoneOffset.UTC)) + "</time>");
		}
	}

	@Test
	void aNoticeDayBeforeTheFilingIsRefusedWithItsRuleAndChangesNothing() throws Exception {
		LocalDate filed = today().minusDays(5);
		AppealCase appeal = handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.LITIGATION_DIRECT, filed))
			.appeal();
		long steps = historySteps(appeal.getId());

		mvc.perform(post("/console/appeals/{id}/notification", appeal.getId()).with(user(staff("handler")))
			.with(csrf())
			.param("version", appeal.getVersion().toString())
			.param("notifiedOn", filed.minusDays(1).toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("收到应诉通知书的日期 " + filed.minusDays(1) + " 不能早于申请复议或起诉的日期")));

		assertThat(handling.show(staff("handler"), appeal.getId()).getNotifiedOn()).isNull();
		assertThat(historySteps(appeal.getId())).isEqualTo(steps);
	}

	@Test
	void confirmedVoidCountsAsCorrectedInTableFour() {
		int year = today().getYear();
		int before = statistics.forYear(commerce(), year).of(AppealKind.LITIGATION_DIRECT).corrected();
		AppealCase appeal = handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.LITIGATION_DIRECT, today()))
			.appeal();

		handling.decide(staff("handler"), appeal.getId(), null,
				new Decision(Disposition.CONFIRMED_VOID, today(), "（2026）豫 1302 行初 99 号", null));

		assertThat(statistics.forYear(commerce(), year).of(AppealKind.LITIGATION_DIRECT).corrected())
			.isEqualTo(before + 1);
	}

	private long historySteps(long appealId) {
		return jdbc.sql("select count(*) from appeal_history where appeal_id = :id")
			.param("id", appealId)
			.query(Long.class)
			.single();
	}

}
