package org.gongkai.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.assertj.core.api.Assertions;
import org.gongkai.calendar.WorkingCalendar;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calculator page, the public API and the console's holiday arrangements, through
 * HTTP with security on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarWebIntegrationTests {

	static final String NOTICE_2028 = """
			{"year": 2028, "papers": ["https://www.gov.cn/zhengce/test-2028.htm"], "days": [
			  {"name": "元旦", "date": "2028-01-01", "isOffDay": true},
			  {"name": "春节", "date": "2028-01-26", "isOffDay": true},
			  {"name": "春节", "date": "2028-01-29", "isOffDay": false}
			]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	WorkingCalendar calendar;

	@AfterEach
	void withdrawTestYears() throws Exception {
		for (int year : new int[] { 2028 }) {
			mvc.perform(post("/console/calendar/{year}/withdraw", year).with(csrf()).with(admin()));
		}
	}

	@Test
	void theApiAnswersTheDueDateAndTheDaysCrossedWithoutSignIn() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-24").param("workingDays", "6"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-10-10"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.startDayCounted").value(false))
			.andExpect(jsonPath("$.crossed.length()").value(11))
			.andExpect(jsonPath("$.crossed[0].date").value("2026-09-25"))
			.andExpect(jsonPath("$.crossed[0].name").value("中秋节"))
			.andExpect(jsonPath("$.crossed[10].date").value("2026-10-10"))
			.andExpect(jsonPath("$.crossed[10].offDay").value(false))
			.andExpect(jsonPath("$.crossed[10].weekday").value("周六"));
	}

	@Test
	void theApiFlagsADeadlineInAYearWithoutCalendarAsProvisional() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-30").param("workingDays", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-01-04"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.crossed[0].date").value("2027-01-01"))
			.andExpect(jsonPath("$.crossed[0].predicted").value(true))
			.andExpect(jsonPath("$.missingYears[0]").value(2027));
	}

	@Test
	void theApiRejectsBadInputAsProblemJson() throws Exception {
		String[][] bad = { { "2026-02-30", "5", "日期无效" }, { "2026-13-01", "5", "日期无效" }, { "26-1-1", "5", "日期无效" },
				{ "2026-09-21", "-1", "0 到 366" }, { "2026-09-21", "367", "0 到 366" }, { "2026-09-21", "1e9", "整数" },
				{ "2400-01-01", "5", "超出支持范围" } };
		for (String[] input : bad) {
			mvc.perform(get("/api/v1/calendar/deadline").param("from", input[0]).param("workingDays", input[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").value(containsString(input[2])));
		}
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-21"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiCountsWorkingDaysAndListsLoadedYears() throws Exception {
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-13").param("to", "2026-03-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(7))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-13").param("to", "2026-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("日期无效：2026-02-30（应为 YYYY-MM-DD 格式的真实日期）"));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2000-01-01").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("10 年")));
		mvc.perform(get("/api/v1/calendar/years"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].year").value(2019))
			.andExpect(jsonPath("$[?(@.year == 2027)]").isEmpty());
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/deadline'].get.parameters[0].name").value("from"))
			.andExpect(jsonPath("$.paths['/api/v1/calendar/deadline'].get.responses['400']").exists());
	}

	@Test
	void theCalculatorPageShowsTheDueDateAndTheHolidaysCrossed() throws Exception {
		mvc.perform(get("/calendar").param("from", "2026-02-13").param("workingDays", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-02-28")))
			.andExpect(content().string(containsString("春节")))
			.andExpect(content().string(containsString("调休上班")))
			.andExpect(content().string(containsString("起算日当天不计入")))
			.andExpect(content().string(containsString("id=\"crossed\"")))
			.andExpect(content().string(not(containsString("期间内没有法定节假日或调休上班日"))));
	}

	@Test
	void theCalculatorPageShowsNoDeveloperText() throws Exception {
		for (String lang : new String[] { "zh_CN", "en" }) {
			mvc.perform(get("/calendar").param("from", "2026-02-13").param("workingDays", "6").param("lang", lang))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/api/v1/"))))
				.andExpect(content().string(not(containsString("MIT"))))
				.andExpect(content().string(not(containsString("NateScarlet"))))
				.andExpect(content().string(not(containsString("<code"))));
		}
		mvc.perform(get("/calendar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国务院办公厅")))
			.andExpect(content().string(not(containsString("/api/v1/"))));
	}

	@Test
	void aPeriodWithoutHolidaysSaysSoAndPrintsNoEmptyTable() throws Exception {
		// 2026-03-02 is a Monday; March 2026 has no holiday and no make-up working day
		mvc.perform(get("/calendar").param("from", "2026-03-02").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-03-09")))
			.andExpect(content().string(containsString("期间内没有法定节假日或调休上班日")))
			.andExpect(content().string(not(containsString("id=\"crossed\""))))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void theCalculatorPageExplainsBadInputInChineseAndInEnglish() throws Exception {
		mvc.perform(get("/calendar").param("from", "2026-02-30").param("workingDays", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期无效：2026-02-30")));
		mvc.perform(get("/calendar").param("from", "2026-02-03").param("workingDays", "400").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be from 0 to 366: 400")));
	}

	@Test
	void theCalculatorPageMarksAProvisionalResult() throws Exception {
		mvc.perform(get("/calendar").param("from", "2026-12-30").param("workingDays", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027-01-04")))
			.andExpect(content().string(containsString("暂定：2027 年节假日安排尚未载入")))
			.andExpect(content().string(containsString("按放假办法预测")));
	}

	@Test
	void theConsoleWarnsThatNextYearsCalendarIsMissing() throws Exception {
		LocalDate today = LocalDate.now(clock);
		// On the real date (2026-11-27 when written): 2027 is missing and it is after 1
		// November.
		String expected = !calendar.isKnownYear(today.getYear()) ? "本年度（" + today.getYear() + " 年）节假日安排尚未载入"
				: today.getMonthValue() >= 11 && !calendar.isKnownYear(today.getYear() + 1)
						? (today.getYear() + 1) + " 年节假日安排尚未载入" : null;
		// A real sign-in: console notices are shown to signed-in staff members.
		Cookie[] session = mvc.perform(formLogin().user("handler").password("demo1234"))
			.andExpect(redirectedUrl("/console"))
			.andReturn()
			.getResponse()
			.getCookies();
		var page = mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		if (expected != null) {
			page.andExpect(content().string(containsString(expected)))
				.andExpect(content().string(containsString("href=\"/console/calendar\"")));
		}
		else {
			page.andExpect(content().string(not(containsString("节假日安排尚未载入"))));
		}
	}

	@Test
	void theConsoleListsYearsWithCountsForAnyStaff() throws Exception {
		mvc.perform(get("/console/calendar").with(user("handler").roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内置数据")))
			.andExpect(content().string(containsString("未载入")))
			.andExpect(content().string(containsString("只有管理员可以载入")))
			.andExpect(content().string(not(containsString("上传并载入"))));
		mvc.perform(get("/console/calendar/2026").with(user("handler").roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-02-28")));
		mvc.perform(get("/console/calendar")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorUploadsAYearAndItAppliesToDeadlines() throws Exception {
		long audited = audited();
		MockMultipartFile file = new MockMultipartFile("file", "2028.json", "application/json",
				NOTICE_2028.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/console/calendar/upload").file(file).with(csrf()).with(admin()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/calendar/2028"));
		mvc.perform(get("/console/calendar/2028").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上传文件")))
			.andExpect(content().string(containsString("2028-01-29")));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2028-01-25").param("workingDays", "1"))
			.andExpect(jsonPath("$.due").value("2028-01-27"));
		Assertions.assertThat(audited()).isEqualTo(audited + 1);
	}

	@Test
	void aMalformedUploadShowsEveryProblemInChineseAndChangesNothing() throws Exception {
		long audited = audited();
		MockMultipartFile file = new MockMultipartFile("file", "2028.json", "application/json",
				NOTICE_2028.replace("2028-01-26", "2028-01-32")
					.replace("\"isOffDay\": false", "\"isOffDay\": \"no\"")
					.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/console/calendar/upload").file(file).with(csrf()).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("未载入，数据未作任何更改")))
			.andExpect(content().string(containsString("不是有效日期：2028-01-32")))
			.andExpect(content().string(containsString("days 第 3 项")));
		MockMultipartFile image = new MockMultipartFile("file", "2028.json", "application/json",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 });
		mvc.perform(multipart("/console/calendar/upload").file(image).with(csrf()).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是 UTF-8 编码的 JSON 文本")));
		mvc.perform(get("/api/v1/calendar/years")).andExpect(jsonPath("$[?(@.year == 2028)]").isEmpty());
		Assertions.assertThat(audited()).isEqualTo(audited);
	}

	@Test
	void aRejectedFormKeepsWhatTheAdministratorTyped() throws Exception {
		mvc.perform(post("/console/calendar/entry").with(csrf())
			.with(admin())
			.param("year", "2028")
			.param("papers", "")
			.param("days", "2028-01-01 元旦 休\n2028-01-29 春节"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 2 行无法识别")))
			.andExpect(content().string(containsString("2028-01-29 春节</textarea>")));
	}

	@Test
	void anAdministratorEntersAYearInTheForm() throws Exception {
		mvc.perform(post("/console/calendar/entry").with(csrf())
			.with(admin())
			.param("year", "2028")
			.param("papers", "https://www.gov.cn/zhengce/test-2028.htm")
			.param("days", "2028-01-01 元旦 休\n2028-01-26~2028-01-28 春节 休\n2028-01-29 春节 班"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/calendar/2028"));
		mvc.perform(get("/api/v1/calendar/years")).andExpect(jsonPath("$[?(@.year == 2028)].offDays").value(4));
	}

	@Test
	void staffWhoAreNotAdministratorsCannotLoadOrWithdraw() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "2028.json", "application/json",
				NOTICE_2028.getBytes(StandardCharsets.UTF_8));
		mvc.perform(
				multipart("/console/calendar/upload").file(file).with(csrf()).with(user("handler").roles("HANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/calendar/2026/withdraw").with(csrf()).with(user("handler").roles("HANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/console/calendar/upload").file(file).with(admin())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/calendar/years")).andExpect(jsonPath("$[?(@.year == 2028)]").isEmpty());
	}

	@Test
	void aLoadedYearDownloadsAsHolidayCnJson() throws Exception {
		mvc.perform(get("/console/calendar/2026/download").with(user("handler").roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("2026.json")))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.days[0].isOffDay").value(true));
		mvc.perform(get("/console/calendar/2027/download").with(user("handler").roles("HANDLER")))
			.andExpect(status().isNotFound());
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMINISTRATOR");
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_entry where action like 'calendar.%'").query(Long.class).single();
	}

}
