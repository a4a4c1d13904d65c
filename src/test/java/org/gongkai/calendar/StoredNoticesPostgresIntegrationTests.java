package org.gongkai.calendar;

import java.time.Instant;
import java.util.List;

import org.gongkai.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's migration and queries on a real PostgreSQL server (production's
 * database); every other test runs them on H2.
 */
class StoredNoticesPostgresIntegrationTests {

	// A fresh migrated database on the tests' one PostgreSQL server.
	static final JdbcClient jdbc = JdbcClient.create(TestDatabases.Kind.POSTGRESQL.migrated("stored_notices"));

	@Test
	void storesReadsListsAndWithdrawsNoticesOnPostgres() {
		StoredNotices store = new StoredNotices(jdbc);
		long revision = store.revision();
		HolidayNotice notice = Fixtures.notice2027();

		long id = store.insert(notice, NoticeSource.UPLOAD, "2027.json", "admin",
				Instant.parse("2026-11-27T02:00:00Z"));
		store.bumpRevision();

		assertThat(id).isPositive();
		assertThat(store.revision()).isEqualTo(revision + 1);
		assertThat(store.inForce()).containsExactly(notice);
		assertThat(store.loads(null)).singleElement().satisfies(load -> {
			assertThat(load.year()).isEqualTo(2027);
			assertThat(load.offDays()).isEqualTo(8);
			assertThat(load.makeUpDays()).isEqualTo(2);
			assertThat(load.loadedAt()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
		});
		assertThat(store.loads(2026)).isEmpty();
		assertThat(
				jdbc.sql("select revision from calendar_revision where id = 1 for update").query(Long.class).single())
			.isEqualTo(revision + 1);

		assertThat(store.withdraw(2027, "admin", Instant.parse("2026-11-28T02:00:00Z"))).isEqualTo(1);
		assertThat(store.inForce()).isEmpty();
		assertThat(store.loads(2027)).singleElement()
			.satisfies(load -> assertThat(load.withdrawnBy()).isEqualTo("admin"));
		assertThat(CalendarRefresh.effective(ShippedNotices.all(), List.of())).hasSize(9);
	}

}
