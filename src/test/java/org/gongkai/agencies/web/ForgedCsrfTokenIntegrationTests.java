package org.gongkai.agencies.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A forged CSRF token on a form POST of a session that holds a real token answers 403,
 * whatever its shape: not base64, the wrong length, or garbage.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForgedCsrfTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	record FormSession(Cookie cookie, String token) {
	}

	FormSession signInPage() throws Exception {
		MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie session = page.getResponse().getCookie("SESSION");
		assertThat(session).as("the sign-in form starts a session for its token").isNotNull();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();
		return new FormSession(session, token.group(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "%%%not-base64%%%", "AAAA",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "____", "=", "a", "ü漢字", "QUJD=x" })
	void aForgedTokenIsForbiddenNotAServerError(String forged) throws Exception {
		FormSession form = signInPage();
		mvc.perform(post("/login").cookie(form.cookie())
			.param("_csrf", forged)
			.param("username", "handler")
			.param("password", "demo1234")).andExpect(status().isForbidden());
		mvc.perform(post("/login").cookie(form.cookie())
			.header("X-CSRF-TOKEN", forged)
			.param("username", "handler")
			.param("password", "demo1234")).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void aTokenCutOrPaddedIsForbidden(int cut) throws Exception {
		FormSession form = signInPage();
		String token = form.token();
		mvc.perform(post("/login").cookie(form.cookie())
			.param("_csrf", token.substring(0, token.length() - cut))
			.param("username", "handler")
			.param("password", "demo1234")).andExpect(status().isForbidden());
		mvc.perform(post("/login").cookie(form.cookie())
			.param("_csrf", token + "A".repeat(cut))
			.param("username", "handler")
			.param("password", "demo1234")).andExpect(status().isForbidden());
	}

	@Test
	void theRealTokenStillSignsIn() throws Exception {
		FormSession form = signInPage();
		mvc.perform(post("/login").cookie(form.cookie())
			.param("_csrf", form.token())
			.param("username", "handler")
			.param("password", "demo1234")).andExpect(redirectedUrl("/console"));
	}

}
