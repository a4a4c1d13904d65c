package org.gongkai.letters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.gongkai.EmbeddedPostgres;
import org.gongkai.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document numbers on PostgreSQL taken by two instances at once: two
 * {@link LetterNumbers} on two connection pools of one database, as two application
 * instances have.
 */
class LettersPostgresIntegrationTests {

	@Test
	void twoInstancesTakingNumbersAtOnceNeverHandOutTheSameOne() throws Exception {
		EmbeddedPostgres.Database database = EmbeddedPostgres.newDatabase("letters");
		TestDatabases.migrate(database.dataSource());
		JdbcClient.create(database.dataSource())
			.sql("insert into agency (kind, name) values ('AGENCY', '卧龙区商务局')")
			.update();
		long agency = JdbcClient.create(database.dataSource()).sql("select id from agency").query(Long.class).single();
		LetterNumbers first = instance(database);
		LetterNumbers second = instance(database);
		first.configure(agency, "卧商公开〔{年}〕{号:3}号", "admin");

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> takers = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				LetterNumbers numbers = i % 2 == 0 ? first : second;
				takers.add(() -> numbers.next(agency));
			}
			Set<String> taken = new HashSet<>();
			for (Future<String> number : pool.invokeAll(takers)) {
				assertThat(taken.add(number.get())).as("number %s handed out twice", number.get()).isTrue();
			}
			assertThat(taken).hasSize(100).allMatch(number -> number.matches("卧商公开〔\\d{4}〕\\d{3}号"));
			assertThat(JdbcClient.create(database.dataSource())
				.sql("select last_value from letter_counter")
				.query(Long.class)
				.single()).isEqualTo(100);
		}
		finally {
			pool.shutdown();
		}
	}

	static LetterNumbers instance(EmbeddedPostgres.Database database) {
		DataSource pool = database.dataSource();
		return new LetterNumbers(JdbcClient.create(pool), new DataSourceTransactionManager(pool),
				new LettersProperties(LetterFonts.DEFAULT_FONT, LetterNumbers.DEFAULT_PATTERN), event -> {
				}, Clock.systemUTC());
	}

}
