package org.gongkai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default database as {@code application.properties} configures it: a commit
 * is in the file when it returns, so that a {@code kill -9} of the server right after an
 * answer loses nothing that was answered (issue 9; bench/crash/run.sh proves it with the
 * whole application).
 */
class EmbeddedDatabaseDurabilityTests {

	static final int COMMITS = 20;

	/** The application's H2 URL with its data folder in {@code dataDir}. */
	static String defaultUrl(Path dataDir) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("gongkai.data-dir", dataDir.toString())));
		environment.getPropertySources()
			.addLast(new PropertiesPropertySource("application",
					PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))));
		return environment.getRequiredProperty("spring.datasource.url");
	}

	@Test
	void theDefaultDatabaseWritesEachCommitBeforeItReturns(@TempDir Path dataDir) throws Exception {
		try (Connection connection = DriverManager.getConnection(defaultUrl(dataDir), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet setting = statement.executeQuery(
						"select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
			assertThat(setting.next()).isTrue();
			assertThat(setting.getString(1)).as("H2's write delay in ms (500 unless set)").isEqualTo("0");
		}
	}

	@Test
	void everyCommitAnsweredSurvivesAKillOfTheProcessRightAfterIt(@TempDir Path dataDir) throws Exception {
		String url = defaultUrl(dataDir);
		Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classpath(), CrashingWriter.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		int acknowledged = 0;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (acknowledged < COMMITS && (line = out.readLine()) != null) {
				if (line.startsWith("committed ")) {
					acknowledged = Integer.parseInt(line.substring("committed ".length()));
				}
			}
		}
		finally {
			// SIGKILL on Linux: no shutdown hook, no close of the database.
			writer.destroyForcibly();
			writer.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).as("commits the writer answered before it was killed").isEqualTo(COMMITS);
		assertThat(storedRows(url)).as("rows on disk after kill -9").isEqualTo(COMMITS);
	}

	static int storedRows(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			ResultSet table = statement
				.executeQuery("select count(*) from information_schema.tables where table_name = 'COMMITTED'");
			table.next();
			if (table.getInt(1) == 0) {
				return 0;
			}
			ResultSet rows = statement.executeQuery("select count(*) from committed");
			rows.next();
			return rows.getInt(1);
		}
	}

	/** H2 and this class: what the writer process needs. */
	static String classpath() throws URISyntaxException {
		return String.join(System.getProperty("path.separator"),
				List.of(location(Driver.class), location(EmbeddedDatabaseDurabilityTests.class)));
	}

	private static String location(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	/**
	 * The process killed by the test: commits rows one by one in auto-commit, as the
	 * application commits a submission before answering, says so after each commit, and
	 * waits.
	 */
	static final class CrashingWriter {

		public static void main(String[] args) throws Exception {
			try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create table committed (id int primary key)");
				for (int i = 1; i <= COMMITS; i++) {
					statement.executeUpdate("insert into committed values (" + i + ")");
					System.out.println("committed " + i);
					System.out.flush();
				}
				Thread.sleep(60_000);
			}
		}

	}

}
