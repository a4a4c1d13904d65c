package org.gongkai.agencies;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gongkai.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account and client address (table {@code sign_in_failure}):
 * the third wrong password in a row from one address pauses sign-in to that account from
 * that address for 30 seconds, the fourth for 2 minutes, the fifth and each later one for
 * {@link Staff#LOCKOUT} (the lock). Other addresses are not affected, so nobody can lock
 * someone out from elsewhere. Every wrong password is counted by one atomic update of the
 * row (simultaneous guesses on any number of instances are each counted); a wrong
 * password while paused counts but does not extend the pause. A quiet hour starts the
 * count afresh.
 */
@Component
class SignInLocks {

	/** A failure as counted. */
	record Failure(int failures, Instant lockedUntil, boolean locked, boolean wasPaused) {
	}

	private static final Duration QUIET = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInLocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long the {@code failures}-th wrong password in a row pauses sign-in. */
	static Duration pause(int failures) {
		if (failures >= Staff.MAX_FAILED_ATTEMPTS) {
			return Staff.LOCKOUT;
		}
		return failures == 4 ? Duration.ofMinutes(2) : failures == 3 ? Duration.ofSeconds(30) : Duration.ZERO;
	}

	/** Whether sign-in to {@code username} from {@code client} is paused now. */
	boolean isPaused(String username, String client) {
		return jdbc
			.sql("select count(*) from sign_in_failure where username = :u and client = :c and locked_until > :now")
			.param("u", key(username))
			.param("c", key(client))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether sign-in to {@code username} is paused from any address. */
	boolean isPausedAnywhere(String username) {
		return jdbc.sql("select count(*) from sign_in_failure where username = :u and locked_until > :now")
			.param("u", key(username))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Counts a wrong password for {@code username} from {@code client}. */
	@Transactional(propagation = Propagation.REQUIRED)
	Failure fail(String username, String client) {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				insert into sign_in_failure (username, client, failures, last_failed_at)
				values (:u, :c, 0, :now) on conflict do nothing""")
			.param("u", key(username))
			.param("c", key(client))
			.param("now", at)
			.update();
		jdbc.sql("""
				update sign_in_failure set failures = 0
				where username = :u and client = :c and last_failed_at < :quiet
				  and (locked_until is null or locked_until < :now)""")
			.param("u", key(username))
			.param("c", key(client))
			.param("quiet", Timestamp.from(now.minus(QUIET)))
			.param("now", at)
			.update();
		record Row(int failures, Timestamp lockedUntil) {
		}
		// Locked from here to the commit: simultaneous failures queue and each is
		// counted.
		Row before = jdbc
			.sql("select failures, locked_until from sign_in_failure where username = :u and client = :c for update")
			.param("u", key(username))
			.param("c", key(client))
			.query(Rows.of(Row.class))
			.single();
		boolean paused = before.lockedUntil() != null && before.lockedUntil().toInstant().isAfter(now);
		int failures = before.failures() + 1;
		Duration pause = pause(failures);
		Instant until = paused ? before.lockedUntil().toInstant() : null;
		if (!pause.isZero() && (until == null || until.isBefore(now.plus(pause)))) {
			until = now.plus(pause);
		}
		jdbc.sql("""
				update sign_in_failure set failures = :f, last_failed_at = :now, locked_until = :until
				where username = :u and client = :c""")
			.param("f", failures)
			.param("now", at)
			.param("until", until == null ? null : Timestamp.from(until))
			.param("u", key(username))
			.param("c", key(client))
			.update();
		boolean locked = failures == Staff.MAX_FAILED_ATTEMPTS || (!paused && failures > Staff.MAX_FAILED_ATTEMPTS);
		return new Failure(failures, until, locked, paused);
	}

	/**
	 * Clears the count of {@code username} from {@code client} after a successful
	 * sign-in; the end of the pause it had, if any.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	Optional<Instant> succeeded(String username, String client) {
		Optional<Timestamp> lock = jdbc
			.sql("select locked_until from sign_in_failure where username = :u and client = :c and failures >= :max")
			.param("u", key(username))
			.param("c", key(client))
			.param("max", Staff.MAX_FAILED_ATTEMPTS)
			.query(Timestamp.class)
			.optional();
		jdbc.sql("delete from sign_in_failure where username = :u and client = :c")
			.param("u", key(username))
			.param("c", key(client))
			.update();
		return lock.map(Timestamp::toInstant);
	}

	/**
	 * Lifts every pause of {@code username}; the number of addresses it was paused for.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	int unlock(String username) {
		int paused = jdbc.sql("select count(*) from sign_in_failure where username = :u and locked_until > :now")
			.param("u", key(username))
			.param("now", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single();
		jdbc.sql("delete from sign_in_failure where username = :u").param("u", key(username)).update();
		return paused;
	}

	private static String key(String value) {
		String text = value == null ? "" : value;
		return text.length() > 64 ? text.substring(0, 64) : text;
	}

}
