package org.gongkai.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Rate limits, the one mechanism for every public endpoint that can be flooded and every
 * counter of failures: token buckets (Bucket4j) kept in the database table
 * {@code rate_limit_bucket}, so a limit holds across instances, and taken with a row lock
 * ({@code select … for update}), so simultaneous requests are each counted and none gets
 * past the capacity. A limit is named and configured under
 * {@code gongkai.rate-limits.limits.<name>}; limits with {@code requests} are applied by
 * path to each client address ({@code RateLimitFilter}), the others are taken from code
 * with a key of its choosing (an email address, a client address). Keys are stored as
 * SHA-256 digests. Every instant comes from the injected {@link Clock}.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimits {

	/** The request attribute a refusal leaves for the {@code Retry-After} header. */
	static final String RETRY_AFTER = RateLimits.class.getName() + ".retryAfter";

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** One limit: at most {@code capacity} within {@code period}, refilled steadily. */
	public record Limit(int capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a period");
			}
		}

	}

	/**
	 * What a limit answered.
	 *
	 * @param allowed whether the request was counted and may go on
	 * @param retryAfter when refused, how long until the next one would be allowed
	 */
	public record Decision(boolean allowed, Duration retryAfter) {

		static final Decision ALLOWED = new Decision(true, Duration.ZERO);

		/** The wait in whole seconds, at least one, for a {@code Retry-After} header. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}

	}

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RateLimitProperties properties;

	private final List<IpAddressMatcher> unlimited;

	private final RateLimitsInMemory inMemory;

	private volatile ProxyManager<String> buckets;

	RateLimits(DataSource dataSource, JdbcClient jdbc, Clock clock, RateLimitProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.inMemory = new RateLimitsInMemory(clock);
		this.unlimited = properties.unlimitedAddresses()
			.stream()
			.map(String::strip)
			.filter(address -> !address.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	/**
	 * The limit configured as {@code gongkai.rate-limits.limits.<name>}, or
	 * {@code fallback} when none is.
	 */
	public Limit limit(String name, Limit fallback) {
		RateLimitProperties.Configured configured = properties.limits().get(name);
		return configured == null ? fallback : configured.limit();
	}

	/**
	 * Counts one against limit {@code name} for {@code key}; refused when the bucket is
	 * empty. Atomic across threads and instances.
	 */
	public Decision tryConsume(String name, Limit limit, String key) {
		if (!properties.enabled()) {
			return Decision.ALLOWED;
		}
		try {
			ConsumptionProbe probe = bucket(name, limit, key).tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return Decision.ALLOWED;
			}
			Decision refused = new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.setAttribute(RETRY_AFTER, refused.retryAfterSeconds(), RequestAttributes.SCOPE_REQUEST);
			}
			return refused;
		}
		catch (RuntimeException e) {
			// A limit must not take the service down with the database's trouble.
			log.warn("Rate limit {} not applied: {}", name, e.toString());
			return Decision.ALLOWED;
		}
	}

	/**
	 * As {@link #tryConsume} for a client address, which is always allowed when it is one
	 * of {@code gongkai.rate-limits.unlimited-addresses}. A limit configured with
	 * {@code scope=instance} is counted in this instance's memory.
	 */
	public Decision tryConsumeForClient(String name, Limit limit, String clientAddress) {
		if (isUnlimited(clientAddress)) {
			return Decision.ALLOWED;
		}
		String key = clientAddress == null ? "unknown" : clientAddress;
		RateLimitProperties.Configured configured = properties.limits().get(name);
		if (configured != null && configured.scope() == RateLimitProperties.Scope.INSTANCE) {
			return properties.enabled() ? inMemory.tryConsume(name, limit, key) : Decision.ALLOWED;
		}
		return tryConsume(name, limit, key);
	}

	/** Whether the bucket of {@code key} has a token left, without taking it. */
	public boolean hasRoom(String name, Limit limit, String key) {
		if (!properties.enabled() || isUnlimited(key)) {
			return true;
		}
		try {
			return bucket(name, limit, key).getAvailableTokens() > 0;
		}
		catch (RuntimeException e) {
			log.warn("Rate limit {} not read: {}", name, e.toString());
			return true;
		}
	}

	boolean isUnlimited(String clientAddress) {
		if (clientAddress == null || unlimited.isEmpty()) {
			return false;
		}
		try {
			return unlimited.stream().anyMatch(network -> network.matches(clientAddress));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * Deletes the buckets that have been full again for a while; hourly, on one instance
	 * (ShedLock cannot lock a method that returns a primitive, so this returns nothing).
	 */
	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "shared.rate-limit-purge", lockAtLeastFor = "PT30M", lockAtMostFor = "PT50M")
	public void purgeExpired() {
		jdbc.sql("delete from rate_limit_bucket where expires_at < :now").param("now", clock.millis()).update();
	}

	private io.github.bucket4j.Bucket bucket(String name, Limit limit, String key) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
			.build();
		// The limit's numbers are part of the key, so a changed setting starts fresh
		// buckets.
		return buckets().builder()
			.build(digest(name + "|" + limit.capacity() + "|" + limit.period() + "|" + key), () -> configuration);
	}

	private ProxyManager<String> buckets() {
		ProxyManager<String> known = buckets;
		if (known == null) {
			synchronized (this) {
				known = buckets;
				if (known == null) {
					known = createBuckets();
					buckets = known;
				}
			}
		}
		return known;
	}

	private ProxyManager<String> createBuckets() {
		TimeMeter time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(10));
		if (isPostgreSql()) {
			return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(EmbeddedBuckets.TABLE)
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.clientClock(time)
				.expirationAfterWrite(expiry)
				.build();
		}
		return new EmbeddedBuckets(dataSource, time, expiry);
	}

	private boolean isPostgreSql() {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("cannot tell the database of the rate limits", e);
		}
	}

	static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
