package org.gongkai.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.gongkai.EmbeddedPostgres;
import org.gongkai.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Rows} maps as {@code JdbcClient...query(Type.class)} does, on both databases,
 * without the driver's exception per snake_case column.
 */
class RowsTests {

	enum Colour {

		RED, GREEN

	}

	record Line(long id, String agencyName, LocalDate formedOn, Instant createdAt, Colour colour, Integer reviewLevel) {
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void mapsAsSpringDoesWhateverTheColumnOrder(TestDatabases.Kind kind) {
		DataSource dataSource = kind == TestDatabases.Kind.H2 ? TestDatabases.h2("rows")
				: EmbeddedPostgres.newDatabase("rows").dataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				create table line (id bigint primary key, agency_name varchar(20), formed_on date,
				created_at timestamp with time zone, colour varchar(10), review_level integer)""").update();
		jdbc.sql("insert into line values (1, '商务局', date '2026-01-05', timestamp with time zone "
				+ "'2026-01-05 08:00:00+08', 'RED', null), (2, '财政局', date '2026-02-01', "
				+ "timestamp with time zone '2026-02-01 09:30:00+08', 'GREEN', 2)")
			.update();

		String forward = "select id, agency_name, formed_on, created_at, colour, review_level from line order by id";
		String shuffled = "select review_level, colour, created_at, formed_on, agency_name, id from line order by id";
		List<Line> spring = jdbc.sql(forward).query(Line.class).list();
		assertThat(spring).hasSize(2);
		assertThat(spring.get(1).reviewLevel()).isEqualTo(2);
		assertThat(spring.get(0).agencyName()).isEqualTo("商务局");

		assertThat(jdbc.sql(forward).query(Rows.of(Line.class)).list()).isEqualTo(spring);
		// the same mapper on a result set with its columns in another order: looked up
		// afresh
		assertThat(jdbc.sql(shuffled).query(Rows.of(Line.class)).list()).isEqualTo(spring);
		assertThat(jdbc.sql(forward).query(Rows.of(Line.class)).list()).isEqualTo(spring);
	}

	@ParameterizedTest
	@EnumSource(TestDatabases.Kind.class)
	void aComponentWithoutAColumnFailsAsWithSpring(TestDatabases.Kind kind) {
		DataSource dataSource = kind == TestDatabases.Kind.H2 ? TestDatabases.h2("rows-unknown")
				: EmbeddedPostgres.newDatabase("rows-unknown").dataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String partial = "select 7 as id, 'x' as agency_name";
		assertThatThrownBy(() -> jdbc.sql(partial).query(Line.class).list()).isInstanceOf(BadSqlGrammarException.class);
		assertThatThrownBy(() -> jdbc.sql(partial).query(Rows.of(Line.class)).list())
			.isInstanceOf(BadSqlGrammarException.class);
	}

}
