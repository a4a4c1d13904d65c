package org.gongkai.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rate limits on PostgreSQL (Bucket4j's PostgreSQL store): atomic under simultaneous
 * requests, and counted under the client address the trusted proxy (loopback, the
 * profile's default) forwards.
 */
class RateLimitsPostgresIntegrationTests extends PostgresIntegrationTest {

	@Autowired
	RateLimits limits;

	@Autowired
	MockMvc mvc;

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
	}

	MockHttpServletRequestBuilder submission(String forwardedFor) {
		return post("/api/v1/public/requests").header("X-Forwarded-For", forwardedFor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}");
	}

	@Test
	void behindTheTrustedProxyTheForwardedClientIsLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(submission("203.0.113.51")).andExpect(status().isBadRequest());
		}
		mvc.perform(submission("203.0.113.51"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(submission("203.0.113.52")).andExpect(status().isBadRequest());
	}

}
