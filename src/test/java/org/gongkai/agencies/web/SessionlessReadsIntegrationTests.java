package org.gongkai.agencies.web;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.shared.PublicEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Spring Session filter passed over by public reads without a session cookie
 * ({@link SessionlessReads}): such a read creates no session, while a signed-in staff
 * member keeps the session on the console and on a public read alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionlessReadsIntegrationTests {

	static final String QUOTE = "/api/v1/fees/quote?basis=per-application&count=45";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PublicEndpoints> publicEndpoints;

	@Autowired
	@Qualifier("springSessionRepositoryFilter")
	Filter sessionFilter;

	@Test
	void theSessionFilterIsWrapped() {
		assertThat(sessionFilter).isInstanceOf(SessionlessReads.Skipping.class);
	}

	@Test
	void onlyPublicReadsWithoutASessionCookiePassTheSessionFilterBy() {
		RequestMatcher sessionless = SessionlessReads.sessionless(publicEndpoints, "SESSION");
		assertThat(sessionless.matches(request("GET", "/api/v1/fees/quote"))).isTrue();
		assertThat(sessionless.matches(request("HEAD", "/api/v1/fees/quote"))).isTrue();
		assertThat(sessionless.matches(request("GET", "/css/gongkai.css"))).isTrue();
		MockHttpServletRequest withCookie = request("GET", "/api/v1/fees/quote");
		withCookie.setCookies(new Cookie("SESSION", "abc"));
		assertThat(sessionless.matches(withCookie)).isFalse();
		MockHttpServletRequest withToken = request("GET", "/api/v1/fees/quote");
		withToken.addHeader("Authorization", "Bearer gk_x");
		assertThat(sessionless.matches(withToken)).isFalse();
		assertThat(sessionless.matches(request("POST", "/api/v1/fees/quote"))).isFalse();
		assertThat(sessionless.matches(request("GET", "/console"))).isFalse();
		assertThat(sessionless.matches(request("GET", "/login"))).isFalse();
		assertThat(sessionless.matches(request("GET", "/track"))).isFalse();
		assertThat(sessionless.matches(request("GET", "/api/v1/fees/notices"))).as("not public").isFalse();
	}

	@Test
	void publicReadsCreateNoSessionAndASignedInMemberKeepsTheirs() throws Exception {
		long sessions = count();
		for (String path : List.of(QUOTE, "/css/gongkai.css")) {
			MvcResult read = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			assertThat(read.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
			assertThat(read.getRequest().getSession(false)).as(path).isNull();
		}
		assertThat(count()).isEqualTo(sessions);

		Fixtures.accountWith(staff, passwords, "sessionless.reader", Role.HANDLER,
				Fixtures.agency(agencies, "卧龙区商务局").getId());
		MvcResult signIn = mvc
			.perform(post("/login").with(csrf()).param("username", "sessionless.reader").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"))
			.andReturn();
		Cookie session = signIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		// a public read with the cookie takes the session filter and leaves the session
		// as
		// it was
		MvcResult read = mvc.perform(get(QUOTE).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json"))
			.andReturn();
		assertThat(read.getResponse().getHeaders("Set-Cookie")).isEmpty();
		mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/console")).andExpect(status().is3xxRedirection());
	}

	private long count() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		return request;
	}

}
