package org.gongkai.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the rate limits and request guards ({@code gongkai.rate-limits.*},
 * {@code gongkai.trusted-proxies}); documented in docs/deployment.md.
 *
 * @param enabled whether any limit is applied
 * @param limits the named limits: those with {@code requests} are applied by path to
 * every request from one client address; the others are used by name from code (the
 * confirmation email per email address)
 * @param unlimitedAddresses client addresses or networks never limited (empty in
 * production; the tests and benchmarks on loopback set it)
 * @param maxBodySize the largest request body read, except multipart uploads (which
 * {@code spring.servlet.multipart.*} bound)
 */
@ConfigurationProperties("gongkai.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue Map<String, Configured> limits,
		@DefaultValue List<String> unlimitedAddresses, @DefaultValue("10MB") DataSize maxBodySize) {

	/**
	 * One limit: at most {@code capacity} within {@code period}, refilled steadily.
	 *
	 * @param requests the requests it counts, as {@code METHOD /path/pattern} (any method
	 * without one); empty for a limit used from code
	 * @param capacity how many at once
	 * @param period the time in which the whole capacity comes back
	 * @param scope where the count is kept: {@code cluster} (the default) in the
	 * database, for every instance together; {@code instance} in each instance's memory,
	 * for the flood limits of cheap public GETs ({@link RateLimitsInMemory})
	 */
	public record Configured(@DefaultValue List<String> requests, @DefaultValue("10") int capacity,
			@DefaultValue("1h") Duration period, @DefaultValue("cluster") Scope scope) {

		RateLimits.Limit limit() {
			return new RateLimits.Limit(capacity, period);
		}

	}

	/** Where a limit's count is kept. */
	public enum Scope {

		/** In the database: the limit holds across instances. */
		CLUSTER,

		/** In each instance's memory: a flood limit of the instance. */
		INSTANCE

	}

}
