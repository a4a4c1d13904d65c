package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.EmbeddedPostgres;
import org.gongkai.TestDatabases;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure migration and the module's SQL on a real PostgreSQL server: 索引号 handed
 * out by two application instances at once (two connection pools on one database), never
 * twice and without gaps; the registry's year queries; the lists.
 */
class DisclosurePostgresIntegrationTests {

	static EmbeddedPostgres.Database database;

	static JdbcClient jdbc;

	static long agency;

	@BeforeAll
	static void start() {
		database = EmbeddedPostgres.newDatabase("disclosure");
		TestDatabases.migrate(database.dataSource());
		jdbc = JdbcClient.create(database.dataSource());
		jdbc.sql("insert into agency (kind, name, credit_code) values ('AGENCY', '卧龙区商务局', '11411303MB0000002X')")
			.update();
		agency = jdbc.sql("select id from agency").query(Long.class).single();
	}

	/** One application instance: its own pool, its own beans. */
	record Instance(TransactionTemplate transaction, IndexNumbers numbers, CatalogueEntries entries) {

		static Instance start() {
			DriverManagerDataSource pool = new DriverManagerDataSource(database.url(), database.user(),
					database.password());
			JdbcClient client = JdbcClient.create(pool);
			return new Instance(new TransactionTemplate(new DataSourceTransactionManager(pool)),
					new IndexNumbers(client), new CatalogueEntries(client, event -> {
					}));
		}

		String draft(int n) {
			return transaction.execute(status -> {
				String number = numbers.next(agency, "11411303MB0000002X", IndexPattern.standard(), 2025);
				entries.insert(CatalogueEntry.draft(agency, number, Fixtures.content("条目 " + n), Fixtures.DRAFTER,
						Fixtures.NOW), LocalDate.of(2025, 3, 31), "publisher");
				return number;
			});
		}

	}

	@Test
	void twoInstancesDraftingAtOnceNeverRepeatAnIndexNumber() throws Exception {
		List<Instance> instances = List.of(Instance.start(), Instance.start());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> drafts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			int n = i;
			Callable<String> draft = () -> instances.get(n % 2).draft(n);
			drafts.add(pool.submit(draft));
		}
		Set<String> numbers = new HashSet<>();
		for (Future<String> draft : drafts) {
			numbers.add(draft.get());
		}
		pool.shutdown();

		assertThat(numbers).hasSize(200);
		assertThat(numbers).contains("11411303MB0000002X/2025-00001", "11411303MB0000002X/2025-00200");
		assertThat(jdbc.sql("select count(distinct index_number) from disclosure_entry").query(Long.class).single())
			.isEqualTo(200);
	}

	@Test
	void answersTheRegistrysYearQueriesOnPostgres() {
		jdbc.sql("""
				insert into normative_document (agency_id, kind, title, issued_on, expires_on, repealed_on) values
				  (:agency, 'NORMATIVE_DOCUMENT', 'A', date '2022-03-01', null, date '2024-06-30'),
				  (:agency, 'NORMATIVE_DOCUMENT', 'B', date '2023-05-01', date '2023-10-31', null),
				  (:agency, 'NORMATIVE_DOCUMENT', 'C', date '2024-01-05', null, null)""")
			.param("agency", agency)
			.update();
		NormativeRegistry registry = new NormativeRegistry(jdbc, null, null, null, event -> {
		});
		assertThat(registry.counts(agency, DocumentKind.NORMATIVE_DOCUMENT, 2022))
			.isEqualTo(new NormativeRegistry.YearCounts(1, 0, 1));
		assertThat(registry.counts(agency, DocumentKind.NORMATIVE_DOCUMENT, 2023))
			.isEqualTo(new NormativeRegistry.YearCounts(1, 0, 1));
		assertThat(registry.counts(agency, DocumentKind.NORMATIVE_DOCUMENT, 2024))
			.isEqualTo(new NormativeRegistry.YearCounts(1, 1, 1));
		assertThat(registry.counts(agency, DocumentKind.REGULATION, 2024))
			.isEqualTo(new NormativeRegistry.YearCounts(0, 0, 0));
	}

	@Test
	void listsByStateAndKeysetOnPostgres() {
		Instance instance = Instance.start();
		for (int i = 0; i < 3; i++) {
			instance.draft(1000 + i);
		}
		DisclosureProperties properties = new DisclosureProperties(5,
				new DisclosureProperties.Attachments(DataSize.ofMegabytes(20), 10),
				new DisclosureProperties.Reminders(true, List.of(5, 2), true),
				new DisclosureProperties.Job(false, "0 * * * * *"),
				new DisclosureProperties.Sweep(false, "0 0 8 * * *"), "noreply@example.cn", "http://localhost");
		CatalogueSearch search = new CatalogueSearch(jdbc, new DisclosureSettings(jdbc, event -> {
		}), WorkingCalendar.shipped(), properties);
		CatalogueSearch.Page first = search
			.search(new CatalogueSearch.Filter(Set.of(agency), EntryState.DRAFT, null, null, null, 2));
		assertThat(first.rows()).hasSize(2);
		assertThat(first.nextBeforeId()).isNotNull();
		CatalogueSearch.Page second = search
			.search(new CatalogueSearch.Filter(Set.of(agency), EntryState.DRAFT, null, null, first.nextBeforeId(), 2));
		assertThat(second.rows()).isNotEmpty().allMatch(row -> row.id() < first.nextBeforeId());
		assertThat(search.published(agency, 2025, 1, 20).total()).isZero();
		assertThat(search.timeliness(Set.of(agency), true, LocalDate.of(2025, 4, 2), 10)).isNotEmpty();
	}

}
