package org.gongkai.agencies;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locked reporting years: an agency's year is locked when its annual report for that
 * year is signed off (Articles 49 and 50 of the Regulations), so the published figures
 * stay true. Kept in agencies so that every module recording dated steps (requests,
 * appeals) may ask it; the reports module locks. A module asked to record a step dated
 * inside a locked year refuses it with {@link #checkOpen}, or, where the law requires the
 * step to be recorded, records it flagged so that the report is corrected.
 */
@Service
@NamedInterface("api")
public class ReportingYears {

	/** The rule code of a step dated inside a locked year. */
	public static final String LOCKED = "reporting-year.locked";

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportingYears(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A locked year.
	 *
	 * @param agencyId the agency
	 * @param year the reporting year
	 * @param lockedBy who signed the report off
	 * @param reason why, such as the report's version
	 */
	public record Lock(long agencyId, int year, String lockedBy, String reason) {
	}

	/** Locks {@code year} of {@code agencyId}; locking a locked year changes nothing. */
	@Transactional
	public void lock(long agencyId, int year, String lockedBy, String reason) {
		if (find(agencyId, year).isPresent()) {
			return;
		}
		jdbc.sql("""
				insert into reporting_year_lock (agency_id, report_year, locked_at, locked_by, reason)
				values (:agency, :year, :at, :by, :reason)""")
			.param("agency", agencyId)
			.param("year", year)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", lockedBy)
			.param("reason", reason)
			.update();
	}

	/** The lock of {@code year} of {@code agencyId}, if it is locked. */
	@Transactional(readOnly = true)
	public Optional<Lock> find(long agencyId, int year) {
		return jdbc.sql("""
				select agency_id, report_year, locked_by, reason from reporting_year_lock
				where agency_id = :agency and report_year = :year""")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> new Lock(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** Whether {@code year} of {@code agencyId} is locked. */
	public boolean isLocked(long agencyId, int year) {
		return find(agencyId, year).isPresent();
	}

	/**
	 * Fails unless a step of {@code agencyId} dated {@code date} falls in an open year.
	 * @throws RuleViolation ({@value #LOCKED}) when the year of {@code date} is locked
	 */
	public void checkOpen(long agencyId, LocalDate date) {
		if (isLocked(agencyId, date.getYear())) {
			throw new RuleViolation(LOCKED,
					"%d 年度的政府信息公开工作年度报告已签发，该年度已锁定：不能再登记日期在 %s 的办理步骤；如依法必须登记，请发起年报更正".formatted(date.getYear(), date));
		}
	}

}
