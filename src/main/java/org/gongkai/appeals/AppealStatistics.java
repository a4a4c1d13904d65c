package org.gongkai.appeals;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table 四 of the annual report, computed from the cases by SQL; the statistics interface
 * the reports module reads.
 *
 * <p>
 * Which year a case counts in (docs/appeals.md): a case counts in the year in which it
 * was filed (申请复议或起诉之日), in the column of its result if that result was reached on or
 * before 31 December of that year, and as 尚未审结 otherwise. So a year's table is fixed once
 * the year is over: compiling the report in January and recomputing it later give the
 * same figures, like table 三 (a result reached later is reported in the narrative, not by
 * moving a published figure). Voided cases (entered in error) never count. Each case
 * falls in exactly one column, so 总计 is the sum of the four. Table 四 is not tied to
 * table 三: a case filed this year about last year's application counts this year
 * (observation R5).
 */
@Service
@NamedInterface({ "api", "statistics" })
public class AppealStatistics {

	/** The first year a table 四 can be asked for: the Regulations of 2008. */
	public static final int FIRST_YEAR = 2008;

	/** The last year a table 四 can be asked for. */
	public static final int LAST_YEAR = 2100;

	private final JdbcClient jdbc;

	/**
	 * Refuses a year no table 四 can be asked for.
	 * @throws InvalidInput ({@code appeal.year.out-of-range}) outside
	 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}
	 */
	public static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidInput.of("year", "appeal.year.out-of-range", FIRST_YEAR, LAST_YEAR);
		}
	}

	AppealStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A case filed in the year and decided after its end: counted 尚未审结, worth a sentence
	 * in the report's text.
	 */
	public record DecidedLater(long id, AppealKind kind, String caseNumber, LocalDate filedOn, Disposition disposition,
			LocalDate decidedOn) {
	}

	private record Row(AppealKind kind, int upheld, int corrected, int other, int pending, int total) {
	}

	/** Table 四 of agency {@code agencyId} for {@code year}. */
	@Transactional(readOnly = true)
	public ReviewAndLitigation forYear(long agencyId, int year) {
		checkYear(year);
		List<Row> rows = jdbc.sql("""
				select kind,
				       sum(case when result = 'UPHELD' and decided_on <= :last then 1 else 0 end) as upheld,
				       sum(case when result = 'CORRECTED' and decided_on <= :last then 1 else 0 end) as corrected,
				       sum(case when result = 'OTHER' and decided_on <= :last then 1 else 0 end) as other,
				       sum(case when result = 'PENDING' or decided_on > :last then 1 else 0 end) as pending,
				       count(*) as total
				from appeal_case
				where agency_id = :agency and filed_on >= :first and filed_on <= :last and voided_at is null
				group by kind
				""")
			.param("agency", agencyId)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Rows.of(Row.class))
			.list();
		Map<AppealKind, ReviewAndLitigation.Counts> groups = new EnumMap<>(AppealKind.class);
		for (Row row : rows) {
			groups.put(row.kind(), new ReviewAndLitigation.Counts(row.upheld(), row.corrected(), row.other(),
					row.pending(), row.total()));
		}
		return new ReviewAndLitigation(groups.getOrDefault(AppealKind.RECONSIDERATION, ReviewAndLitigation.Counts.NONE),
				groups.getOrDefault(AppealKind.LITIGATION_DIRECT, ReviewAndLitigation.Counts.NONE),
				groups.getOrDefault(AppealKind.LITIGATION_AFTER_RECONSIDERATION, ReviewAndLitigation.Counts.NONE));
	}

	/**
	 * The cases of agency {@code agencyId} filed in {@code year} and decided after its
	 * end, by filing date.
	 */
	@Transactional(readOnly = true)
	public List<DecidedLater> decidedAfterYearEnd(long agencyId, int year) {
		checkYear(year);
		return jdbc.sql("""
				select id, kind, case_number, filed_on, disposition, decided_on
				from appeal_case
				where agency_id = :agency and filed_on >= :first and filed_on <= :last and voided_at is null
				  and decided_on > :last
				order by filed_on, id
				""")
			.param("agency", agencyId)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Rows.of(DecidedLater.class))
			.list();
	}

	/**
	 * A step recorded inside a year whose annual report was signed off (a late-entered
	 * case, a result of that year), which changes that year's table 四: the flag that
	 * opens a correction of the published report.
	 *
	 * @param step {@code REGISTERED} or {@code DECIDED}
	 * @param stepOn the day of the step (filing or result)
	 */
	public record LockedYearEntry(long appealId, String step, LocalDate stepOn, String summary, Instant recordedAt,
			String recordedBy) {
	}

	/**
	 * The flagged steps of agency {@code agencyId} in locked {@code year} recorded after
	 * {@code after} (all when {@code null}), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<LockedYearEntry> lockedYearEntries(long agencyId, int year, Instant after) {
		return jdbc.sql("""
				select appeal_id, step, step_on, summary, recorded_at, recorded_by
				from appeal_locked_year_entry
				where agency_id = :agency and report_year = :year
				  and (cast(:after as timestamp with time zone) is null or recorded_at > :after)
				order by recorded_at, id
				""")
			.param("agency", agencyId)
			.param("year", year)
			.param("after", (after == null) ? null : Timestamp.from(after))
			.query((rs, row) -> new LockedYearEntry(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

}
