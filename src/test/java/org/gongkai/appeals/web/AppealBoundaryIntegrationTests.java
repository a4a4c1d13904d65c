package org.gongkai.appeals.web;

import org.gongkai.DemoStaff;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Years outside those a table 四 exists for, and search texts longer than any field, are
 * refused with a message (issue 9): a negative year answered 500 on the statistics page,
 * a year past 999,999,999 on the list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AppealBoundaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	StaffPrincipal head() {
		return demo.staff("head");
	}

	@Test
	void aNegativeOrHugeYearIsRefusedWithAMessage() throws Exception {
		mvc.perform(get("/console/appeals/statistics").with(user(head())).param("year", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("年份须在 2008 年至 2100 年之间")));
		mvc.perform(get("/console/appeals").with(user(head())).param("year", "1000000000"))
			.andExpect(status().isBadRequest());
		String token = demo.bearer("head");
		mvc.perform(get("/api/v1/appeals/statistics").header("Authorization", token)
			.param("agencyId", String.valueOf(demo.commerce()))
			.param("year", "-5")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.year").exists());
		mvc.perform(get("/api/v1/appeals").header("Authorization", token).param("q", "长".repeat(301)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.q").exists());
	}

}
