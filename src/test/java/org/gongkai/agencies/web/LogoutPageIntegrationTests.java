package org.gongkai.agencies.web;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /logout} answers a page, never raw JSON (issue 17 item 5): a signed-in
 * person confirms with a POST form carrying the CSRF token, in the console's layout;
 * anyone else reads that they are signed out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LogoutPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Test
	void aSignedInPersonConfirmsWithAPostFormInTheConsoleLayout() throws Exception {
		MvcResult page = mvc.perform(get("/logout").with(user(Fixtures.signedIn(staff, "handler"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("site-header console"),
					containsString("<form action=\"/logout\" method=\"post\" class=\"form\" id=\"logout-confirm\">"),
					containsString("name=\"_csrf\""), containsString("确定要退出吗"))))
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).doesNotContain("\"status\"");
		// The form's POST signs out as before.
		mvc.perform(post("/logout").with(user(Fixtures.signedIn(staff, "handler"))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void anyoneElseReadsThatTheyAreSignedOut() throws Exception {
		mvc.perform(get("/logout"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("您已退出或尚未登录"), containsString("href=\"/login\""),
					not(containsString("site-header console")), not(containsString("id=\"logout-confirm\"")))));
		mvc.perform(get("/logout").cookie(new Cookie("gongkai-lang", "en")))
			.andExpect(content().string(containsString("You have signed out or were not signed in.")));
	}

}
