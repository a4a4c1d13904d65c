package org.gongkai.agencies.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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

	@Autowired
	AgencyAdministration administration;

	@Autowired
	ApplicationEventPublisher events;

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

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password);
	}

	@Test
	void wrongPasswordsPauseSignInFromThatAddressOnlyAndAnAdministratorLiftsItAtOnce() throws Exception {
		Staff member = account("lock.me");
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn("lock.me", "wrong" + i, "203.0.113.31")).andExpect(redirectedUrl("/login?error=bad"));
		}
		// Locked from that address: the right password reads as a wrong one.
		mvc.perform(signIn("lock.me", "demo1234", "203.0.113.31")).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(entries("sign-in.failed", "lock.me")).isEqualTo(6);
		assertThat(jdbc
			.sql("select count(*) from audit_entry where action = 'sign-in.locked' and summary like 'lock.me %'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'sign-in.locked' order by seq desc limit 1")
			.query(String.class)
			.single()).startsWith("lock.me 在 203.0.113.31 连续 5 次登录失败，该地址暂停登录至 ");
		assertThat(jdbc.sql("select summary from audit_entry where action = 'sign-in.failed' order by seq desc limit 1")
			.query(String.class)
			.single()).startsWith("登录暂停中，拒绝（来自 203.0.113.31，连续第 6 次）");
		assertThat(jdbc.sql("select failures from sign_in_failure where username = 'lock.me'")
			.query(Integer.class)
			.single()).as("every wrong password counted").isEqualTo(6);
		// Nobody locks an account from elsewhere: another address signs in.
		mvc.perform(signIn("lock.me", "demo1234", "203.0.113.32")).andExpect(redirectedUrl("/console"));

		StaffPrincipal admin = Fixtures.signedIn(staff, "admin");
		administration.enable(admin, member.getId());
		assertThat(entries("sign-in.unlocked", "admin")).isEqualTo(1);
		mvc.perform(signIn("lock.me", "demo1234", "203.0.113.31")).andExpect(redirectedUrl("/console"));
	}

	@Test
	void aWrongPasswordAnUnknownNameAndAPausedAddressReadTheSame() throws Exception {
		account("same.answer");
		for (int i = 0; i < 3; i++) {
			mvc.perform(signIn("same.answer", "wrong", "203.0.113.33"));
		}
		String paused = mvc.perform(signIn("same.answer", "demo1234", "203.0.113.33"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String wrong = mvc.perform(signIn("same.answer", "wrong", "203.0.113.34"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = mvc.perform(signIn("nobody.here", "wrong", "203.0.113.34"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(paused).isEqualTo(wrong).isEqualTo(unknown).isEqualTo("/login?error=bad");
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
	void aPasswordThatCouldNotBeCheckedIsRecordedAndSaidSoNotBlamedOnThePassword() throws Exception {
		events.publishEvent(new AuthenticationFailureServiceExceptionEvent(
				UsernamePasswordAuthenticationToken.unauthenticated("some.one", "x"),
				new InternalAuthenticationServiceException("pool exhausted",
						new CannotGetJdbcConnectionException("Connection is not available"))));
		String summary = jdbc.sql(
				"select summary from audit_entry where action = 'sign-in.failed' and actor = 'anonymous' order by seq desc limit 1")
			.query(String.class)
			.single();
		assertThat(summary).contains("服务出错").contains("CannotGetJdbcConnectionException");
		assertThat(SignInFailureAnswer.reason(new InternalAuthenticationServiceException("down")))
			.isEqualTo("unavailable");
		assertThat(SignInFailureAnswer.reason(new BadCredentialsException("wrong"))).isEqualTo("bad");
		assertThat(SignInFailureAnswer.reason(new DisabledException("off"))).isEqualTo("disabled");
		mvc.perform(get("/login").param("error", "unavailable"))
			.andExpect(content().string(containsString("暂时无法核对密码")));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		account("almost");
		for (int i = 0; i < 2; i++) {
			mvc.perform(signIn("almost", "wrong", "203.0.113.35"));
		}
		mvc.perform(signIn("almost", "demo1234", "203.0.113.35")).andExpect(redirectedUrl("/console"));
		assertThat(
				jdbc.sql("select count(*) from sign_in_failure where username = 'almost'").query(Long.class).single())
			.isZero();
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
