package org.gongkai.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a sweep claims a reminder before sending it, so that it goes once across
 * instances: the reminder's row is inserted in a transaction of its own, and the table's
 * unique key refuses a second claim.
 */
public final class ReminderClaims {

	private ReminderClaims() {
	}

	/**
	 * Runs {@code insert} (a statement with the parameters {@code :at} and {@code :to}
	 * still open) in {@code ownTransaction}; {@code false} if the reminder was already
	 * claimed.
	 */
	public static boolean claim(TransactionTemplate ownTransaction, JdbcClient.StatementSpec insert, Instant at,
			List<String> recipients) {
		try {
			ownTransaction.executeWithoutResult(status -> insert.param("at", Timestamp.from(at))
				.param("to", String.join(",", recipients))
				.update());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
