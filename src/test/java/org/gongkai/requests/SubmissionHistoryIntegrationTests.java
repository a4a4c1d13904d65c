package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * An online submission still awaiting the registrar's confirmation (issue 17): its case
 * page in the console shows the submission as the first history row, with its channel and
 * the time it arrived in Beijing time, in Chinese and in English; the demo's submission
 * awaiting confirmation has that row too.
 */
class SubmissionHistoryIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOnlineSubmissionAwaitingConfirmationShowsItsSubmissionAsTheFirstHistoryRow() throws Exception {
		// 01:30 UTC is 09:30 in Beijing: a page in UTC would show 01:30.
		clock.setInstant(Instant.parse("2025-03-03T01:30:00Z"));
		MvcResult submitted = mvc
			.perform(multipart("/apply").with(csrf())
				.param("agencyId", Long.toString(commerce()))
				.param("token", "history-" + System.nanoTime())
				.param("applicantType", "NATURAL_PERSON")
				.param("name", "王小明")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", Fixtures.IDENTITY_NUMBER)
				.param("phone", "13800138000")
				.param("title", "2024 年度商贸流通专项资金分配结果")
				.param("formWanted", "ELECTRONIC")
				.param("deliveryWanted", "ONLINE"))
			.andReturn();
		String code = (String) submitted.getFlashMap().get("trackingCode");
		long id = jdbc.sql("select id from information_request where tracking_code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
		assertThat(handling.show(staff("registrar"), id).getStatus()).isEqualTo(RequestStatus.SUBMITTED);

		String chinese = history(id, "zh");
		String english = history(id, "en");

		assertThat(firstRow(chinese)).contains("2025-03-03 09:30", "申请人", "提交申请 " + code, "渠道 网上申请",
				"2025-03-03 09:30 到达", "待确认收到");
		assertThat(firstRow(english)).contains("2025-03-03 09:30", "Applicant", "Application " + code + " submitted",
				"channel Online", "arrived 2025-03-03 09:30", "receipt to be confirmed");
		assertThat(english).doesNotContain("提交申请", "申请人");
	}

	@Test
	void theDemoSubmissionAwaitingConfirmationHasItsSubmissionInItsHistory() throws Exception {
		long id = jdbc.sql("""
				select r.id from information_request r join agency a on a.id = r.agency_id
				where a.name = '卧龙区商务局' and r.status = 'SUBMITTED' and r.applicant_name = '李华'
				order by r.id fetch first 1 rows only
				""").query(Long.class).single();
		LocalDate today = clock.today();
		clock.followSystem();
		try {
			assertThat(firstRow(history(id, "zh"))).contains("提交申请 ", "渠道 网上申请", "待确认收到");
			assertThat(firstRow(history(id, "en"))).contains("submitted", "channel Online", "receipt to be confirmed");
		}
		finally {
			clock.setDay(today);
		}
	}

	private String history(long id, String language) throws Exception {
		String page = mvc
			.perform(get("/console/requests/{id}", id).param("lang", language).with(user(staff("registrar"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int section = page.indexOf("id=\"history-heading\"");
		assertThat(section).as("the history section").isPositive();
		return page.substring(section, page.indexOf("</ol>", section));
	}

	private static String firstRow(String history) {
		int start = history.indexOf("<li");
		assertThat(start).as("a history row").isPositive();
		return history.substring(start, history.indexOf("</li>", start));
	}

}
