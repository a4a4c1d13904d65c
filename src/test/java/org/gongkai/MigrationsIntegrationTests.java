package org.gongkai;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's Flyway migrations run unchanged on the embedded H2 (PostgreSQL mode) and
 * on a real PostgreSQL, and leave the same tables and columns behind.
 */
class MigrationsIntegrationTests {

	@Test
	void theSameMigrationsBuildTheSameSchemaOnH2AndPostgresql() throws Exception {
		DataSource h2 = TestDatabases.Kind.H2.migrated("schema");
		DataSource postgres = TestDatabases.Kind.POSTGRESQL.migrated("schema");

		Set<String> h2Columns = columns(h2);
		Set<String> postgresColumns = columns(postgres);
		assertThat(h2Columns).contains("agency.credit_code", "audit_entry.hash", "shedlock.lock_until",
				"spring_session.principal_name");
		assertThat(postgresColumns).isEqualTo(h2Columns);
		assertThat(versions(postgres)).isEqualTo(versions(h2)).isNotEmpty();
	}

	static Set<String> columns(DataSource dataSource) throws Exception {
		Set<String> columns = new TreeSet<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
			while (rs.next()) {
				String schema = rs.getString("TABLE_SCHEM");
				String table = rs.getString("TABLE_NAME").toLowerCase();
				if (schema.equalsIgnoreCase("public") && !table.startsWith("flyway_")) {
					columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase());
				}
			}
		}
		return columns;
	}

	static Set<String> versions(DataSource dataSource) {
		return new TreeSet<>(JdbcClient.create(dataSource)
			// Flyway quotes its own table's names, which H2 then keeps in lower case.
			.sql("select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")
			.query(String.class)
			.list());
	}

}
