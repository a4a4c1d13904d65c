package org.gongkai.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims of scheduled jobs in the database, so that a job scheduled on every instance (reminder e-mails, deadline
 * sweeps) runs on exactly one of them once per period.
 * <p>
 * Every instance calls {@link #runOncePer} from its own {@code @Scheduled} method; the first to claim the job's name
 * holds it until {@code holdFor} has passed, and the others skip the run. The claim is a single conditional
 * {@code UPDATE … WHERE locked_until <= now} (or, the first time a name is used, an {@code INSERT} that at most one
 * instance wins through the primary key), so no instance ever needs to know about the others. Choose {@code holdFor}
 * a little shorter than the schedule's period and longer than the job's run time plus the clock skew between
 * instances: a daily job at 08:00 holds for 23 hours, say. The claim is not released when the job ends, so an
 * instance whose timer fires a few seconds late does not run the job a second time.
 */
@Component
public class ScheduledLocks {

	private static final Logger log = LoggerFactory.getLogger(ScheduledLocks.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String instance;

	@Autowired
	ScheduledLocks(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this(jdbc, clock, transactions, instanceName());
	}

	ScheduledLocks(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, String instance) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		// A claim commits on its own: a rolled-back caller must not undo it, and a failed INSERT must not poison the
		// caller's transaction (PostgreSQL aborts a transaction after any error).
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.instance = instance;
	}

	/** A claim this instance holds on a job name. */
	public record Claim(String name, Instant lockedUntil, String lockedBy) {
	}

	/**
	 * Claims {@code name} for {@code holdFor} if no instance holds it now.
	 *
	 * @return the claim, or empty if another instance (or an earlier run of this one) holds the name
	 */
	public Optional<Claim> tryClaim(String name, Duration holdFor) {
		if (holdFor.isNegative() || holdFor.isZero()) {
			throw new IllegalArgumentException("holdFor must be positive");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant until = now.plus(holdFor);
		Boolean claimed = ownTransaction.execute(status -> jdbc.sql("""
				update scheduled_lock set locked_until = :until, locked_at = :now, locked_by = :by
				where name = :name and locked_until <= :now
				""")
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("by", instance)
			.param("name", name)
			.update() == 1);
		if (!Boolean.TRUE.equals(claimed)) {
			claimed = insertFirstClaim(name, now, until);
		}
		return Boolean.TRUE.equals(claimed) ? Optional.of(new Claim(name, until, instance)) : Optional.empty();
	}

	/**
	 * Runs {@code job} if this instance claims {@code name} for {@code holdFor}; otherwise does nothing.
	 *
	 * @return whether the job ran here
	 */
	public boolean runOncePer(String name, Duration holdFor, Runnable job) {
		if (tryClaim(name, holdFor).isEmpty()) {
			log.debug("Skipping {}: claimed elsewhere", name);
			return false;
		}
		job.run();
		return true;
	}

	/** Who holds {@code name} and until when, if it was ever claimed. */
	public Optional<Claim> holder(String name) {
		return jdbc.sql("select name, locked_until, locked_by from scheduled_lock where name = :name")
			.param("name", name)
			.query((rs, n) -> new Claim(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.optional();
	}

	private Boolean insertFirstClaim(String name, Instant now, Instant until) {
		boolean exists = jdbc.sql("select count(*) from scheduled_lock where name = :name")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		try {
			return ownTransaction.execute(status -> jdbc.sql("""
					insert into scheduled_lock (name, locked_until, locked_at, locked_by) values (:name, :until, :now, :by)
					""")
				.param("name", name)
				.param("until", Timestamp.from(until))
				.param("now", Timestamp.from(now))
				.param("by", instance)
				.update() == 1);
		}
		catch (DataIntegrityViolationException raced) {
			return false; // another instance inserted the name first and so holds it
		}
	}

	private static String instanceName() {
		// No DNS look-up here (it can stall start-up); the random part tells instances on one host apart.
		String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("host");
		return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
