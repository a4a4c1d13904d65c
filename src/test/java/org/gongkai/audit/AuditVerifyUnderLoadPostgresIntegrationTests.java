package org.gongkai.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.PostgresIntegrationTest;
import org.gongkai.shared.AuditableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification while other threads append to the chain on PostgreSQL: it checks the chain
 * up to the head it read first and never reports a break that is not there.
 */
class AuditVerifyUnderLoadPostgresIntegrationTests extends PostgresIntegrationTest {

	static final int WRITERS = 4;

	static final int VERIFICATIONS = 10;

	record Written(String actor, Long agencyId, String subjectId, String summary) implements AuditableEvent {

		@Override
		public String action() {
			return "test.written";
		}

		@Override
		public String subjectType() {
			return "test";
		}

	}

	@Autowired
	AuditTrail trail;

	@Test
	void verificationDuringConcurrentAppendsIsAlwaysIntact() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger written = new AtomicInteger();
		List<Future<?>> writers = new ArrayList<>();
		List<AuditTrail.Verification> results = new ArrayList<>();
		try {
			for (int w = 0; w < WRITERS; w++) {
				String actor = "writer" + w;
				writers.add(pool.submit(() -> {
					while (writing.get()) {
						int n = written.incrementAndGet();
						trail.record(new Written(actor, null, String.valueOf(n), "entry " + n));
					}
				}));
			}
			while (written.get() < 50) {
				Thread.sleep(10);
			}
			for (int i = 0; i < VERIFICATIONS; i++) {
				results.add(trail.verify());
			}
		}
		finally {
			writing.set(false);
			for (Future<?> writer : writers) {
				writer.get();
			}
			pool.shutdown();
		}
		assertThat(results).allSatisfy(result -> assertThat(result.intact()).as(result.message()).isTrue());
		assertThat(results.get(results.size() - 1).entriesChecked()).isGreaterThan(results.get(0).entriesChecked());
		assertThat(trail.verify().intact()).isTrue();
	}

}
