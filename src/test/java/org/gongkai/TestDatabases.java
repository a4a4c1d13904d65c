package org.gongkai;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases migrated with the application's Flyway migrations, for tests that need a real
 * schema without booting Spring: an in-memory H2 in PostgreSQL mode (the embedded
 * default) and a fresh database on {@link EmbeddedPostgres}.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** The two databases the application supports, for parameterised tests. */
	public enum Kind {

		H2, POSTGRESQL;

		/** A fresh database of this kind with every migration applied. */
		public DataSource migrated(String purpose) {
			DataSource dataSource = this == H2 ? h2(purpose) : EmbeddedPostgres.newDatabase(purpose).dataSource();
			migrate(dataSource);
			return dataSource;
		}

	}

	/** A fresh, empty in-memory H2 database in the mode the application uses. */
	public static DataSource h2(String purpose) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + purpose + "-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** Applies the application's migrations (every module's) to {@code dataSource}. */
	public static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations(locations(dataSource)).load().migrate();
	}

	/**
	 * The migration folders for this database, as {@code spring.flyway.locations}
	 * resolves its {@code {vendor}}.
	 */
	public static String[] locations(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			String vendor = product.equals("H2") ? "h2" : product.equals("PostgreSQL") ? "postgresql" : null;
			if (vendor == null) {
				throw new IllegalStateException("no migrations for " + product);
			}
			return new String[] { "classpath:db/migration", "classpath:db/vendor/" + vendor };
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
