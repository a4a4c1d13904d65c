package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled sweep, called as the scheduler calls it, runs once however many
 * instances' timers fire.
 */
class RequestSweepLockIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoTimersFiringAtOnceAndALateOneSweepOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Optional<RequestSweep.Result>> results = new ArrayList<>();
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Optional<RequestSweep.Result>>> timers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Optional<RequestSweep.Result>> timer = () -> {
					start.await();
					return sweep.runScheduled();
				};
				timers.add(pool.submit(timer));
			}
			for (Future<Optional<RequestSweep.Result>> timer : timers) {
				results.add(timer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		results.add(sweep.runScheduled());

		assertThat(results).filteredOn(Optional::isPresent).as("sweeps that ran").hasSize(1);
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'requests.sweep' and lock_until > locked_at")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
