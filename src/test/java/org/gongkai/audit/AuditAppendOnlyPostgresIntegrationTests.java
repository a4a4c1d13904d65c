package org.gongkai.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.gongkai.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On PostgreSQL the trail cannot be changed in place: migration V86's triggers refuse an
 * UPDATE, DELETE or TRUNCATE of entries and a head moved back, whoever connects, and
 * after deploy/postgres/audit-app-role.sql the application's role {@code gongkai_app} has
 * no privilege to try, while it still appends.
 */
class AuditAppendOnlyPostgresIntegrationTests extends PostgresIntegrationTest {

	static final String APP_ROLE_SQL = "deploy/postgres/audit-app-role.sql";

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void appRole() throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = 'gongkai_app') then create role gongkai_app;
					  end if;
					end $$""");
			// The whole file in one call, as psql -f runs it: the driver splits the
			// statements.
			statement.execute(Files.readString(Path.of(APP_ROLE_SQL)));
		}
	}

	static SQLException refused(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			return e;
		}
		throw new AssertionError("not refused: " + sql);
	}

	@Test
	void theTriggersRefuseChangesEvenToTheOwner() throws SQLException {
		try (Connection owner = dataSource.getConnection()) {
			owner.setAutoCommit(true);
			try (Statement statement = owner.createStatement()) {
				// Row triggers fire only on rows: make sure there is a checkpoint to
				// delete.
				statement.execute("insert into audit_checkpoint (seq, hash, published_at, key_id, location, signature)"
						+ " values (1, 'h', now(), 'k', 'test', 's')");
			}
			for (String sql : new String[] { "update audit_entry set summary = 'x' where seq = 1",
					"delete from audit_entry where seq = (select max(seq) from audit_entry)", "truncate audit_entry",
					"update audit_head set last_seq = last_seq - 1", "delete from audit_checkpoint",
					"truncate audit_checkpoint" }) {
				SQLException e = refused(owner, sql);
				assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
				assertThat(e.getMessage()).as(sql).containsAnyOf("append-only", "only moves forward");
			}
		}
	}

	@Test
	void theApplicationRoleMayOnlyInsertIntoTheTrail() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set role gongkai_app");
				for (String sql : new String[] { "update audit_entry set summary = 'x' where seq = 1",
						"delete from audit_entry where seq = 1", "truncate audit_entry",
						"delete from audit_checkpoint" }) {
					SQLException e = refused(connection, sql);
					assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
					assertThat(e.getMessage()).as(sql).contains("permission denied");
					connection.rollback();
					statement.execute("set role gongkai_app");
				}
				// What an append does, as the application's role: lock and move the head,
				// insert the entry.
				statement.execute("select last_seq from audit_head where id = 1 for update");
				int inserted = statement.executeUpdate("""
						insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,
						                         summary, prev_hash, hash, key_id)
						select last_seq + 1, now(), 'test', 'test.appended', 'test', '1', '', last_hash,
						       repeat('a', 64), 'k' from audit_head""");
				int moved = statement.executeUpdate("update audit_head set last_seq = last_seq + 1");
				assertThat(inserted + moved).isEqualTo(2);
				statement.execute("insert into audit_checkpoint (seq, hash, published_at, key_id, location, signature)"
						+ " values (1, 'h', now(), 'k', 'test', 's')");
			}
			finally {
				connection.rollback();
			}
		}
	}

}
