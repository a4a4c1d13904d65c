package org.gongkai.agencies.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import io.micrometer.observation.ObservationPredicate;
import org.gongkai.MutableClock;
import org.gongkai.shared.PublicEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The short chain of public anonymous API reads (the fee quote): the security headers are
 * all there, no session is created or read, the flood limit still refuses a client past
 * its capacity, a request with a token takes the API chain, and no HTTP observation is
 * made of these reads only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicApiReadingIntegrationTests {

	static final String QUOTE = "/api/v1/fees/quote?basis=per-application&count=45";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	List<PublicEndpoints> publicEndpoints;

	@Autowired
	List<ObservationPredicate> predicates;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theQuoteCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get(QUOTE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountYuan").value(closeTo(5500.0, 0.001)))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
			.andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		// The refusal of a bad query too.
		mvc.perform(get("/api/v1/fees/quote?basis=per-page&count=-1"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aQuoteCreatesNoSessionNorReadsOne() throws Exception {
		long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		ResultActions[] answers = { mvc.perform(get(QUOTE)),
				mvc.perform(get(QUOTE).cookie(new Cookie("SESSION", "c3RhbGUtc2Vzc2lvbg"))),
				mvc.perform(get("/api/v1/calendar/working-days?from=2026-10-01&to=2026-10-31")) };
		for (ResultActions answer : answers) {
			MvcResult result = answer.andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
			assertThat(result.getRequest().getSession(false)).isNull();
		}
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessions);
	}

	@Test
	void aFloodFromOneAddressIsRefusedPastTheCapacity() throws Exception {
		clock.setInstant(Instant.parse("2026-11-28T04:00:00Z"));
		int allowed = 0;
		MvcResult refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			MvcResult result = mvc.perform(get(QUOTE).with(from("203.0.113.120"))).andReturn();
			if (result.getResponse().getStatus() == 200) {
				allowed++;
			}
			else {
				refused = result;
			}
		}
		assertThat(allowed).as("the capacity of gongkai.rate-limits.limits.fee-quote").isEqualTo(120);
		assertThat(refused).isNotNull();
		MockHttpServletResponse response = refused.getResponse();
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"code\":\"rate-limit.exceeded\"");
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		// Another client is served; the refused one again once a token is back.
		mvc.perform(get(QUOTE).with(from("203.0.113.121"))).andExpect(status().isOk());
		clock.setInstant(clock.instant().plusSeconds(1));
		mvc.perform(get(QUOTE).with(from("203.0.113.120"))).andExpect(status().isOk());
	}

	@Test
	void aReadWithATokenTakesTheApiChain() throws Exception {
		// The API chain reads the token: an unknown one on a path that needs one is a
		// 401,
		// also for a path that is public elsewhere in the chain's matcher.
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer gk_unknown"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get(QUOTE).header("Authorization", "Bearer gk_unknown"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
		assertThat(SecurityConfiguration.publicApiReads(publicEndpoints).matches(quote("GET", true))).isFalse();
		assertThat(SecurityConfiguration.publicApiReads(publicEndpoints).matches(quote("POST", false))).isFalse();
		assertThat(SecurityConfiguration.publicApiReads(publicEndpoints).matches(quote("GET", false))).isTrue();
		assertThat(SecurityConfiguration.publicApiReads(publicEndpoints)
			.matches(new MockHttpServletRequest("GET", "/api/v1/fees/notices"))).as("not public").isFalse();
	}

	@Test
	void onlyThePublicAnonymousReadsAreNotObserved() {
		assertThat(observed(quote("GET", false))).isFalse();
		assertThat(observed(quote("GET", true))).isTrue();
		assertThat(observed(quote("POST", false))).isTrue();
		assertThat(observed(new MockHttpServletRequest("GET", "/console"))).isTrue();
		assertThat(observed(new MockHttpServletRequest("GET", "/"))).isTrue();
	}

	private boolean observed(MockHttpServletRequest request) {
		ServerRequestObservationContext context = new ServerRequestObservationContext(request,
				new MockHttpServletResponse());
		return predicates.stream().allMatch(predicate -> predicate.test("http.server.requests", context));
	}

	private static MockHttpServletRequest quote(String method, boolean token) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/fees/quote");
		request.setQueryString("basis=per-page&count=3");
		if (token) {
			request.addHeader("Authorization", "Bearer gk_unknown");
		}
		return request;
	}

}
