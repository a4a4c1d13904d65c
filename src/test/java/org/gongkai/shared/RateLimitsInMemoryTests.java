package org.gongkai.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flood limits counted in the instance's memory: the capacity at once, then the
 * steady refill, never past the capacity under simultaneous takers, and full buckets
 * dropped.
 */
class RateLimitsInMemoryTests {

	static final RateLimits.Limit PER_MINUTE = new RateLimits.Limit(120, Duration.ofMinutes(1));

	final MutableClock clock = new MutableClock();

	{
		clock.setInstant(Instant.parse("2026-11-28T04:00:00Z"));
	}

	final RateLimitsInMemory limits = new RateLimitsInMemory(clock);

	@Test
	void theCapacityPassesThenTheNextIsRefusedUntilATokenIsBack() {
		for (int i = 0; i < 120; i++) {
			assertThat(limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.5").allowed()).as("request %d", i)
				.isTrue();
		}
		RateLimits.Decision refused = limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.5");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);
		assertThat(limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.6").allowed())
			.as("another client has its own bucket")
			.isTrue();
		assertThat(limits.tryConsume("other", PER_MINUTE, "203.0.113.5").allowed())
			.as("another limit has its own bucket")
			.isTrue();

		clock.setInstant(clock.instant().plusMillis(499));
		assertThat(limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.5").allowed()).isFalse();
		clock.setInstant(clock.instant().plusMillis(1));
		assertThat(limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.5").allowed()).isTrue();
		assertThat(limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.5").allowed()).isFalse();
	}

	@Test
	void aQuietMinuteRefillsTheWholeCapacityAndNoMore() {
		for (int i = 0; i < 120; i++) {
			limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.7");
		}
		clock.setInstant(clock.instant().plus(Duration.ofHours(1)));
		long allowed = 0;
		for (int i = 0; i < 200; i++) {
			allowed += limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.7").allowed() ? 1 : 0;
		}
		assertThat(allowed).isEqualTo(120);
	}

	@Test
	void simultaneousTakersNeverGetPastTheCapacity() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<Boolean>> tries = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				tries.add(() -> limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.8").allowed());
			}
			long allowed = 0;
			for (Future<Boolean> answer : pool.invokeAll(tries)) {
				allowed += answer.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(120);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void fullBucketsAreDroppedOnceAMinute() {
		limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.9");
		limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.10");
		assertThat(limits.size()).isEqualTo(2);
		clock.setInstant(clock.instant().plusMillis(RateLimitsInMemory.PURGE_EVERY_MILLIS));
		limits.tryConsume("fee-quote", PER_MINUTE, "203.0.113.11");
		assertThat(limits.size()).as("the two refilled buckets are gone, the new one is held").isEqualTo(1);
	}

}
