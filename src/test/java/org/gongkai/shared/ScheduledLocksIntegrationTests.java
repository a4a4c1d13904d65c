package org.gongkai.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.gongkai.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims of scheduled jobs on both supported databases, including two instances racing for the same job. */
class ScheduledLocksIntegrationTests {

	static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

	static ScheduledLocks instance(DataSource dataSource, Clock clock, String name) {
		return new ScheduledLocks(JdbcClient.create(dataSource), clock, new DataSourceTransactionManager(dataSource), name);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void aClaimHoldsForItsPeriodAndThenAnyInstanceMayClaimAgain(TestDatabases.Kind kind) {
		DataSource db = kind.migrated("locks");
		ScheduledLocks a = instance(db, Clock.fixed(NINE, ZoneOffset.UTC), "a");
		ScheduledLocks b = instance(db, Clock.fixed(NINE.plusSeconds(5), ZoneOffset.UTC), "b");
		ScheduledLocks bTomorrow = instance(db, Clock.fixed(NINE.plus(Duration.ofHours(23)), ZoneOffset.UTC), "b");

		assertThat(a.tryClaim("reminders", Duration.ofHours(23))).isPresent();
		assertThat(a.tryClaim("reminders", Duration.ofHours(23))).as("the same instance, a second run").isEmpty();
		assertThat(b.tryClaim("reminders", Duration.ofHours(23))).as("another instance 5 s later").isEmpty();
		assertThat(b.tryClaim("archive", Duration.ofHours(1))).as("another job is independent").isPresent();
		assertThat(b.holder("reminders")).get().extracting(ScheduledLocks.Claim::lockedBy).isEqualTo("a");

		assertThat(bTomorrow.tryClaim("reminders", Duration.ofHours(23))).as("next period").isPresent();
		assertThat(b.holder("reminders")).get().extracting(ScheduledLocks.Claim::lockedBy).isEqualTo("b");
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void runOncePerRunsTheJobOnlyWhereItWasClaimed(TestDatabases.Kind kind) {
		DataSource db = kind.migrated("locks");
		Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
		AtomicInteger runs = new AtomicInteger();

		assertThat(instance(db, clock, "a").runOncePer("sweep", Duration.ofMinutes(50), runs::incrementAndGet)).isTrue();
		assertThat(instance(db, clock, "b").runOncePer("sweep", Duration.ofMinutes(50), runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void twoInstancesRacingForTheSameJobNeverBothWin(TestDatabases.Kind kind) throws Exception {
		DataSource db = kind.migrated("locks");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int period = 0; period < 20; period++) {
				// Even periods race for a name never used (INSERT race), odd ones for an expired claim (UPDATE race).
				String job = "job-" + (period / 2);
				Clock clock = Clock.fixed(NINE.plus(Duration.ofHours(period)), ZoneOffset.UTC);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Boolean>> results = new ArrayList<>();
				for (String name : List.of("a", "b")) {
					ScheduledLocks locks = instance(db, clock, name);
					Callable<Boolean> claim = () -> {
						start.await();
						return locks.tryClaim(job, Duration.ofMinutes(30)).isPresent();
					};
					results.add(pool.submit(claim));
				}
				int winners = 0;
				for (Future<Boolean> result : results) {
					winners += result.get() ? 1 : 0;
				}
				assertThat(winners).as("winners in period %d", period).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
