package org.gongkai.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rate limits per client address on the public submission, counted in the database, with
 * forwarded headers from an untrusted address ignored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RateLimitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimits limits;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aRotatedForwardedForFromAnUntrustedAddressDoesNotEscapeTheSubmissionLimit() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/api/v1/public/requests").with(from("203.0.113.21"))
				.header("X-Forwarded-For", "198.51.100." + i)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isBadRequest());
		}
		MvcResult refused = mvc
			.perform(post("/api/v1/public/requests").with(from("203.0.113.21"))
				.header("X-Forwarded-For", "198.51.100.99")
				.header("Forwarded", "for=198.51.100.98")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("rate-limit.exceeded"))
			.andExpect(jsonPath("$.detail").value(containsString("请求过于频繁")))
			.andReturn();
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 3600L);
		// The page form shares the limit and answers the Chinese error page's status.
		mvc.perform(post("/apply").with(from("203.0.113.21")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		// Another address is not affected; reading is not limited.
		mvc.perform(post("/api/v1/public/requests").with(from("203.0.113.22"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		mvc.perform(get("/apply").with(from("203.0.113.21"))).andExpect(status().isOk());
	}

	@Test
	void forwardedHostFromAnUntrustedAddressCannotSteerARedirect() throws Exception {
		mvc.perform(get("/console").with(from("203.0.113.23"))
			.header("X-Forwarded-Host", "evil.example.com")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "8443")
			.header("X-Forwarded-Prefix", "/evil"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", not(containsString("evil"))));
	}

	@Test
	void simultaneousConsumersNeverGetPastTheCapacity() throws Exception {
		RateLimits.Limit limit = new RateLimits.Limit(10, Duration.ofHours(1));
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Boolean>> tries = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				tries.add(() -> limits.tryConsume("test", limit, key).allowed());
			}
			long allowed = 0;
			for (Future<Boolean> answer : pool.invokeAll(tries)) {
				allowed += answer.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		RateLimits.Decision refused = limits.tryConsume("test", limit, key);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(6));
	}

	@Test
	void unlimitedAddressesAreNeverCounted() {
		RateLimits.Limit one = new RateLimits.Limit(1, Duration.ofHours(1));
		for (int i = 0; i < 3; i++) {
			assertThat(limits.tryConsumeForClient("test-loopback", one, "127.0.0.1").allowed()).isTrue();
		}
		assertThat(limits.tryConsumeForClient("test-loopback", one, "203.0.113.24").allowed()).isTrue();
		assertThat(limits.tryConsumeForClient("test-loopback", one, "203.0.113.24").allowed()).isFalse();
	}

}
