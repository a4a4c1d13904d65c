package org.gongkai.shared;

import jakarta.servlet.http.Cookie;
import org.gongkai.agencies.StaffMembers;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared boundary (issue 9): a language that does not parse is ignored instead of
 * failing every page, and a parameter holding NUL, a control character or an unpaired
 * surrogate is refused with the Chinese message before any handler sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InputBoundaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Test
	void aLanguageThatDoesNotParseIsIgnored() throws Exception {
		mvc.perform(get("/").param("lang", "\"")).andExpect(status().isOk());
		mvc.perform(get("/calendar").param("lang", "en_US_\"x")).andExpect(status().isOk());
		mvc.perform(get("/").cookie(new Cookie("gongkai-lang", "\"")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政府信息公开")));
		mvc.perform(get("/agencies/999999").cookie(new Cookie("gongkai-lang", "%%%"))).andExpect(status().isNotFound());
		mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk());
	}

	@Test
	void forbiddenCharactersInAnyParameterAreRefusedWithTheChineseMessage() throws Exception {
		var admin = staff.findByUsername("admin").orElseThrow().toPrincipal(java.time.Instant.now());
		for (String bad : new String[] { "a\u0000b", "a\ud800b", "a\udc00", "a\u0007b", "a\u009fb" }) {
			mvc.perform(get("/console/appeals").with(user(admin)).param("q", bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("不允许的字符")));
			mvc.perform(get("/calendar").param("from", bad)).andExpect(status().isBadRequest());
		}
		// Tabs, line breaks and characters outside the BMP are text.
		mvc.perform(get("/console/appeals").with(user(admin)).param("q", "甲\t乙\r\n😀𠀀")).andExpect(status().isOk());
	}

}
