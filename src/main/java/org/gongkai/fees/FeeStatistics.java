package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee figures of the annual report (section 六, 其他需要报告的事项): what each agency collected
 * in a year, counted by the day of payment, recomputed from the notices each time. The
 * named interface {@code fees :: statistics} is what the reports module may use.
 */
@Service
@NamedInterface({ "api", "statistics" })
public class FeeStatistics {

	private final JdbcClient jdbc;

	FeeStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The fees of agency {@code agencyId} in calendar year {@code year}. */
	@Transactional(readOnly = true)
	public FeeTotals forYear(long agencyId, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return jdbc.sql("""
				select
				  (select count(*) from fee_notice where agency_id = :agency and issued_on between :first and :last),
				  (select count(*) from fee_notice where agency_id = :agency and paid_on between :first and :last),
				  (select coalesce(sum(paid_amount_yuan), 0) from fee_notice
				    where agency_id = :agency and paid_on between :first and :last)""")
			.param("agency", agencyId)
			.param("first", first)
			.param("last", last)
			.query((rs, row) -> new FeeTotals(agencyId, year, rs.getLong(1), rs.getLong(2),
					FeeStandard.yuan(rs.getBigDecimal(3))))
			.single();
	}

}
