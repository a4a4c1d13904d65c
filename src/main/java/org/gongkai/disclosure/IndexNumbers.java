package org.gongkai.disclosure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out 索引号: the next number of an agency and year from its row of
 * {@code disclosure_index_counter}, incremented by one update whose row lock orders
 * concurrent drafts on every instance, formatted by the agency's {@link IndexPattern}. A
 * number that exists already (the pattern was changed back, an older entry was imported)
 * is skipped, so none is ever handed out twice.
 */
@Component
class IndexNumbers {

	private final JdbcClient jdbc;

	IndexNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next free index number; must run in the transaction that stores the entry. */
	@Transactional(propagation = Propagation.MANDATORY)
	String next(long agencyId, String creditCode, IndexPattern pattern, int year) {
		int counterYear = pattern.yearly() ? year : 0;
		while (true) {
			int updated = jdbc.sql("""
					update disclosure_index_counter set last_value = last_value + 1
					where agency_id = :agency and report_year = :year""")
				.param("agency", agencyId)
				.param("year", counterYear)
				.update();
			if (updated == 0) {
				jdbc.sql(
						"""
								insert into disclosure_index_counter (agency_id, report_year, last_value) values (:agency, :year, 0)
								on conflict do nothing""")
					.param("agency", agencyId)
					.param("year", counterYear)
					.update();
				continue;
			}
			int value = jdbc.sql(
					"select last_value from disclosure_index_counter where agency_id = :agency and report_year = :year")
				.param("agency", agencyId)
				.param("year", counterYear)
				.query(Integer.class)
				.single();
			String number = pattern.format(agencyId, creditCode, year, value);
			boolean taken = jdbc.sql("select count(*) from disclosure_entry where index_number = :number")
				.param("number", number)
				.query(Long.class)
				.single() > 0;
			if (!taken) {
				return number;
			}
		}
	}

}
