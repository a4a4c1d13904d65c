package org.gongkai.agencies.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in, lockout, session expiry, CSRF and security headers, with the audit entries
 * they leave.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SignInIntegrationTests {

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

	long entries(String action, String actor) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and actor = :actor")
			.param("a", action)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	Staff account(String username) {
		return Fixtures.accountWith(staff, passwords, username, Role.HANDLER,
				Fixtures.agency(agencies, "卧龙区商务局").getId());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		account("lock.me");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", "lock.me").param("password", "wrong" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", "lock.me").param("password", "demo1234"))
			.andExpect(redirectedUrl("/login?error=locked"));
		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(containsString("账户因连续登录失败已被锁定，请 15 分钟后再试或联系管理员。")));
		assertThat(staff.findByUsername("lock.me").orElseThrow().getLockedUntil()).isNotNull();
		assertThat(entries("sign-in.failed", "lock.me")).isEqualTo(6);
		assertThat(entries("sign-in.locked", "system")).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'sign-in.failed' order by seq desc limit 1")
			.query(String.class)
			.single()).isEqualTo("账户已锁定，拒绝登录");
	}

	@Test
	void signInsAndUnknownNamesAreRecordedWithoutPersonalData() throws Exception {
		account("good.one");
		mvc.perform(post("/login").with(csrf()).param("username", "good.one").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"));
		assertThat(entries("sign-in.succeeded", "good.one")).isEqualTo(1);

		mvc.perform(post("/login").with(csrf()).param("username", "410102199001011234").param("password", "x"))
			.andExpect(redirectedUrl("/login?error=bad"));
		String summary = jdbc.sql(
				"select summary from audit_entry where action = 'sign-in.failed' and actor = 'anonymous' order by seq desc limit 1")
			.query(String.class)
			.single();
		assertThat(summary).contains("410*************34").doesNotContain("410102199001011234");
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		account("almost");
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", "almost").param("password", "wrong"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", "almost").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"));
		assertThat(staff.findByUsername("almost").orElseThrow().getFailedAttempts()).isZero();
	}

	@Test
	void anExpiredOrUnknownSessionCookieLeadsToTheSignInPageWithAMessage() throws Exception {
		String unknownSession = Base64.getEncoder()
			.encodeToString("00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(get("/console").cookie(new Cookie("SESSION", unknownSession)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("会话已过期，请重新登录。")));
	}

	@Test
	void signInAndSignOutNeedTheCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "handler").param("password", "demo1234"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user(Fixtures.signedIn(staff, "handler")))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user(Fixtures.signedIn(staff, "handler"))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/login", "/console" }) {
			mvc.perform(get(path).with(user(Fixtures.signedIn(staff, "handler"))))
				.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
		}
		for (String path : new String[] { "/apply", "/track", "/calendar", "/no-such-page" }) {
			mvc.perform(get(path))
				.andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY));
		}
		mvc.perform(get("/api/v1/me"))
			.andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void anonymousPortalPagesCreateNoSession() throws Exception {
		long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		long agency = Fixtures.agency(agencies, "卧龙区商务局").getId();
		for (String path : new String[] { "/", "/agencies/" + agency, "/agencies/" + agency + "/guide" }) {
			MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getCookie("SESSION")).as(path).isNull();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
		}
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessions);
	}

}
