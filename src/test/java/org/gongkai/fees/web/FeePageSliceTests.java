package org.gongkai.fees.web;

import org.gongkai.agencies.Role;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calculator pages: the public one without sign-in (a GET form that answers without
 * JavaScript, in Chinese and English) and the console's with the schedule in force.
 */
class FeePageSliceTests extends WebSliceTest {

	@Test
	void thePublicCalculatorShowsTheAmountOfAPlainGetForm() throws Exception {
		mvc.perform(get("/fees"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("信息处理费计算器"), containsString("method=\"get\""),
					containsString("name=\"count\""), not(containsString("id=\"amount\"")))));
		mvc.perform(get("/fees").param("basis", "per-application").param("count", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5,500.00 元"), containsString("第 41–45 件"),
					containsString("value=\"per-application\" checked"))));
		mvc.perform(get("/fees").param("basis", "per-page").param("count", "250").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("4,700.00 yuan"), containsString("Amount due"))));
	}

	@Test
	void thePublicCalculatorExplainsBadInputWithA400() throws Exception {
		mvc.perform(get("/fees").param("basis", "per-page").param("count", "-5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("数量不能为负数"), not(containsString("id=\"amount\"")))));
		mvc.perform(get("/fees").param("basis", "per-word").param("count", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("未知的计收方式"), containsString("请填写数量"))));
	}

	@Test
	void theConsolePageShowsTheCalculatorAndTheScheduleInForceToStaff() throws Exception {
		mvc.perform(get("/console/fees")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/console/fees").param("basis", "per-page")
			.param("count", "250")
			.with(user(staff(1, 2, Role.HANDLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("4,700.00 元"), containsString("国办函〔2020〕109号"),
					containsString("现行"), containsString("自 2021-01-01 起"), containsString("第 201 页起"),
					containsString("200（此后每 10 件为一档，每档单价加 100 元）"))));
	}

}
