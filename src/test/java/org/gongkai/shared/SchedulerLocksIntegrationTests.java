package org.gongkai.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.gongkai.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's ShedLock provider on both supported databases: two instances (two
 * providers on one database) run a locked job once per period, also when they race for
 * it.
 */
class SchedulerLocksIntegrationTests {

	/**
	 * One "instance": its own provider on the shared database, as each running
	 * application has.
	 */
	static LockingTaskExecutor instance(DataSource db) {
		return new DefaultLockingTaskExecutor(SchedulerLockConfiguration.databaseLocks(new JdbcTemplate(db)));
	}

	static LockConfiguration lock(String name, Duration atLeast) {
		return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(10), atLeast);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void aLockedJobRunsOncePerPeriodAcrossInstances(TestDatabases.Kind kind) throws Exception {
		DataSource db = kind.migrated("locks");
		LockingTaskExecutor a = instance(db);
		LockingTaskExecutor b = instance(db);
		AtomicInteger runs = new AtomicInteger();
		Duration period = Duration.ofSeconds(2);

		a.executeWithLock((Runnable) runs::incrementAndGet, lock("reminders", period));
		a.executeWithLock((Runnable) runs::incrementAndGet, lock("reminders", period));
		b.executeWithLock((Runnable) runs::incrementAndGet, lock("reminders", period));
		assertThat(runs).as("the first run, not the same instance again nor another one").hasValue(1);

		AtomicInteger other = new AtomicInteger();
		b.executeWithLock((Runnable) other::incrementAndGet, lock("archive", period));
		assertThat(other).as("another job is independent").hasValue(1);

		Thread.sleep(period.plusMillis(500).toMillis());
		b.executeWithLock((Runnable) runs::incrementAndGet, lock("reminders", period));
		assertThat(runs).as("the next period, on any instance").hasValue(2);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void twoInstancesRacingForTheSameJobNeverBothRunIt(TestDatabases.Kind kind) throws Exception {
		DataSource db = kind.migrated("locks");
		List<LockingTaskExecutor> instances = List.of(instance(db), instance(db));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				// Even rounds race for a name never used (the INSERT race), odd ones for
				// a lock released by an
				// earlier run (the UPDATE race).
				String job = "job-" + round;
				if (round % 2 == 1) {
					instances.get(0).executeWithLock((Runnable) () -> {
					}, lock(job, Duration.ZERO));
				}
				AtomicInteger runs = new AtomicInteger();
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<?>> results = new ArrayList<>();
				for (LockingTaskExecutor instance : instances) {
					Callable<Void> race = () -> {
						start.await();
						instance.executeWithLock((Runnable) runs::incrementAndGet, lock(job, Duration.ofMinutes(5)));
						return null;
					};
					results.add(pool.submit(race));
				}
				for (Future<?> result : results) {
					result.get();
				}
				assertThat(runs).as("runs in round %d", round).hasValue(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
