package org.gongkai.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets held in this instance's memory, for the flood limits of cheap public GETs
 * (the fee quote) that answer thousands of requests a second: taking a token is a map
 * look-up and a few arithmetic operations under the bucket's own lock, where the
 * database's buckets ({@link RateLimits}) cost a row lock and a round trip, and under a
 * flood from one address serialise every request on that one row. A flood limit guards
 * the instance's own CPU, so a count per instance is what it needs; with {@code n}
 * instances one client gets at most {@code n} times the capacity. Limits that must hold
 * across instances (submissions, guesses) stay in the database. Buckets full again are
 * dropped on the way, once a minute and whenever more than {@link #MAX_KEYS} keys are
 * held (not by a scheduled job: each instance holds its own, and every job runs on one
 * instance only).
 */
final class RateLimitsInMemory {

	/** The keys held before the full buckets are dropped on the way. */
	static final int MAX_KEYS = 100_000;

	private final Clock clock;

	/** How often the full buckets are dropped. */
	static final long PURGE_EVERY_MILLIS = 60_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong nextPurge;

	RateLimitsInMemory(Clock clock) {
		this.clock = clock;
		this.nextPurge = new AtomicLong(clock.millis() + PURGE_EVERY_MILLIS);
	}

	/** Counts one against limit {@code name} for {@code key}; refused when empty. */
	RateLimits.Decision tryConsume(String name, RateLimits.Limit limit, String key) {
		long now = clock.millis();
		long purge = nextPurge.get();
		if ((now >= purge && nextPurge.compareAndSet(purge, now + PURGE_EVERY_MILLIS)) || buckets.size() > MAX_KEYS) {
			purgeFull();
		}
		Bucket bucket = buckets.computeIfAbsent(name + '|' + key, unused -> new Bucket(limit, now));
		long waitMillis = bucket.take(limit, now);
		return waitMillis == 0 ? RateLimits.Decision.ALLOWED
				: new RateLimits.Decision(false, Duration.ofMillis(waitMillis));
	}

	/** Drops the buckets that have refilled completely: they would start anew alike. */
	void purgeFull() {
		long now = clock.millis();
		buckets.values().removeIf(bucket -> bucket.isFull(now));
	}

	int size() {
		return buckets.size();
	}

	/**
	 * One client's tokens, refilled steadily (greedy, as the database's buckets): the
	 * tokens are kept in thousandths so that a short period refills smoothly.
	 */
	private static final class Bucket {

		private final long capacityMillis;

		private final long periodMillis;

		private long milliTokens;

		private long updated;

		Bucket(RateLimits.Limit limit, long now) {
			this.capacityMillis = limit.capacity() * 1000L;
			this.periodMillis = Math.max(1, limit.period().toMillis());
			this.milliTokens = capacityMillis;
			this.updated = now;
		}

		/** Takes a token: 0 when taken, else the milliseconds until one is back. */
		synchronized long take(RateLimits.Limit limit, long now) {
			refill(now);
			if (milliTokens >= 1000) {
				milliTokens -= 1000;
				return 0;
			}
			long missing = 1000 - milliTokens;
			// milli-tokens per millisecond: capacity × 1000 / period.
			return Math.max(1, (missing * periodMillis + capacityMillis - 1) / capacityMillis);
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return milliTokens >= capacityMillis;
		}

		private void refill(long now) {
			if (now > updated) {
				long added = (now - updated) * capacityMillis / periodMillis;
				if (added > 0) {
					milliTokens = Math.min(capacityMillis, milliTokens + added);
					updated = now;
				}
			}
		}

	}

}
