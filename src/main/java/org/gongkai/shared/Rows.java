package org.gongkai.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;

/**
 * Row mappers for records, as {@code JdbcClient…query(Type.class)} maps them, without its
 * cost per column.
 *
 * <p>
 * Spring's {@link SimplePropertyRowMapper} looks up a component such as {@code agencyId}
 * first under its own name and, when the driver throws, under {@code agency_id}: one
 * {@link SQLException} with its stack trace per snake_case column per row, on H2 and
 * PostgreSQL alike (H2 also wrote each to its trace file). Here the same mapper sees a
 * result set whose column lookup answers from the column labels, read once per result
 * set, and refuses an unknown name with an exception made once; values and conversions
 * stay Spring's.
 */
public final class Rows {

	private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

	/** Thrown for a name that is not a column: made once, no stack trace. */
	private static final SQLException NO_SUCH_COLUMN = new SQLException("no such column", "42S22", 0) {

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	};

	private Rows() {
	}

	/** The mapper of {@code type}'s rows, to pass to {@code JdbcClient...query(…)}. */
	@SuppressWarnings("unchecked")
	public static <T> RowMapper<T> of(Class<T> type) {
		return (RowMapper<T>) MAPPERS.computeIfAbsent(type, Rows::create);
	}

	private static <T> RowMapper<T> create(Class<T> type) {
		SimplePropertyRowMapper<T> spring = new SimplePropertyRowMapper<>(type);
		ThreadLocal<Lookup> last = new ThreadLocal<>();
		return (rs, rowNum) -> {
			Lookup lookup = last.get();
			if (lookup == null || lookup.rs != rs) {
				lookup = new Lookup(rs);
				last.set(lookup);
			}
			return spring.mapRow(lookup.view, rowNum);
		};
	}

	/** One result set and the view of it whose {@code findColumn} reads a map. */
	private static final class Lookup {

		private final ResultSet rs;

		private final ResultSet view;

		Lookup(ResultSet rs) throws SQLException {
			this.rs = rs;
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Integer> columns = new HashMap<>();
			for (int i = meta.getColumnCount(); i >= 1; i--) {
				// the first column of a name wins, as in the drivers' own findColumn
				columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
			}
			this.view = (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
					new Class<?>[] { ResultSet.class }, (proxy, method, args) -> {
						if (method.getName().equals("findColumn") && args != null && args.length == 1) {
							Integer index = columns.get(((String) args[0]).toLowerCase(Locale.ROOT));
							if (index == null) {
								throw NO_SUCH_COLUMN;
							}
							return index;
						}
						try {
							return method.invoke(rs, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
