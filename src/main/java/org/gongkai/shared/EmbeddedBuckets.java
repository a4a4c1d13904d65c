package org.gongkai.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update JDBC store for the embedded H2 database: the same table,
 * statements and locking as Bucket4j's PostgreSQL store, which the postgres profile uses,
 * except for the insert of a new bucket ({@code on conflict do nothing} without a
 * conflict target, the form H2 understands).
 */
class EmbeddedBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

	static final String TABLE = "rate_limit_bucket";

	private static final String SELECT = "select state from " + TABLE + " where id = ? for update";

	private static final String INSERT = "insert into " + TABLE
			+ " (id, state) values (?, null) on conflict do nothing";

	private static final String UPDATE = "update " + TABLE + " set state = ?, expires_at = ? where id = ?";

	private static final String DELETE = "delete from " + TABLE + " where id = ?";

	private final DataSource dataSource;

	private final CustomColumnProvider<String> expiresAt;

	EmbeddedBuckets(DataSource dataSource, TimeMeter time, ExpirationAfterWriteStrategy expiry) {
		super(ClientSideConfig.getDefault().withClientClock(time).withExpirationAfterWriteStrategy(expiry));
		this.dataSource = dataSource;
		this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiry);
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement(DELETE)) {
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException e) {
			throw new BucketExceptions.BucketExecutionException(e);
		}
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		}
		catch (SQLException e) {
			throw new BucketExceptions.BucketExecutionException(e);
		}
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> timeoutNanos) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void commit(Optional<Long> timeoutNanos) {
				run(connection::commit);
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
				try (PreparedStatement select = connection.prepareStatement(SELECT)) {
					applyTimeout(select, timeoutNanos);
					select.setString(1, key);
					try (ResultSet row = select.executeQuery()) {
						return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
					}
				}
				catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
				try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
					applyTimeout(insert, timeoutNanos);
					insert.setString(1, key);
					return insert.executeUpdate() > 0;
				}
				catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
				try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
					applyTimeout(update, timeoutNanos);
					update.setBytes(1, data);
					expiresAt.setCustomField(key, 2, update, state, currentTimeNanos());
					update.setString(3, key);
					update.executeUpdate();
				}
				catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public void release() {
				run(connection::close);
			}

			private void run(SqlAction action) {
				try {
					action.run();
				}
				catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

		};
	}

	private interface SqlAction {

		void run() throws SQLException;

	}

}
