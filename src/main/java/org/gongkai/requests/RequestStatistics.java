package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况) for one agency and year: all 25 rows by
 * the 7 columns, computed by SQL from the handling rounds and nothing else, so it can be
 * recomputed at any time.
 *
 * <p>
 * How each application counts. Every handling round ({@link HandlingRound}) is an
 * interval from its start (the receipt date of Article 31, or the reopening date after an
 * appeal) to its disposal (the reply date, the withdrawal date, the day it was deemed
 * abandoned). For year Y:
 * <ul>
 * <li>一、本年新收 ({@code newlyReceived}): rounds started in Y;</li>
 * <li>二、上年结转 ({@code carriedOver}): rounds started before Y and still open on 1 January
 * of Y;</li>
 * <li>三 outcome rows: rounds disposed of in Y, by their outcome; （七）总计
 * ({@code totalProcessed}) is their sum ;</li>
 * <li>四、结转下年度 ({@code carriedForward}): rounds started by 31 December of Y and open
 * then.</li>
 * </ul>
 * Because a round is disposed of no earlier than it starts (a database constraint), every
 * round counted on the left of R-OFF-1 (新收 + 上年结转) is counted exactly once on the right
 * (办结 + 结转), in each column: the rule holds by construction, and 上年结转 of Y equals 结转下年度
 * of Y−1. Submissions not yet confirmed as received and dismissed submissions have
 * no round and are not counted.
 */
@Service
@NamedInterface({ "api", "statistics" })
public class RequestStatistics {

	/** The row keys of table 三 in the order of the table (report-json.md). */
	public static final List<String> ROW_KEYS;

	static {
		List<String> keys = new ArrayList<>();
		keys.add("newlyReceived");
		keys.add("carriedOver");
		for (Outcome outcome : Outcome.rows()) {
			keys.add(outcome.key());
		}
		keys.add("totalProcessed");
		keys.add("carriedForward");
		ROW_KEYS = Collections.unmodifiableList(keys);
	}

	private final JdbcClient jdbc;

	RequestStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row of table 三: a count per applicant column and the total (R-2: the total is
	 * their sum).
	 */
	public record Cells(long naturalPerson, long commercialEnterprise, long researchInstitution,
			long publicInterestOrganization, long legalServiceAgency, long otherOrganization, long total) {

		static Cells of(Map<ApplicantType, Long> counts) {
			long[] values = new long[ApplicantType.values().length];
			long total = 0;
			for (ApplicantType type : ApplicantType.values()) {
				values[type.ordinal()] = counts.getOrDefault(type, 0L);
				total += values[type.ordinal()];
			}
			return new Cells(values[0], values[1], values[2], values[3], values[4], values[5], total);
		}

		/** The count in the column of {@code type}. */
		public long get(ApplicantType type) {
			return switch (type) {
				case NATURAL_PERSON -> naturalPerson;
				case COMMERCIAL_ENTERPRISE -> commercialEnterprise;
				case RESEARCH_INSTITUTION -> researchInstitution;
				case PUBLIC_INTEREST_ORGANIZATION -> publicInterestOrganization;
				case LEGAL_SERVICE_AGENCY -> legalServiceAgency;
				case OTHER_ORGANIZATION -> otherOrganization;
			};
		}

	}

	/**
	 * Table 三 of one agency and year.
	 *
	 * @param agencyId the agency
	 * @param year the reporting year
	 * @param rows the 25 rows by key, in table order
	 */
	public record TableThree(long agencyId, int year, Map<String, Cells> rows) {

		/** The row with key {@code key}, such as {@code withheld.stateSecret}. */
		public Cells row(String key) {
			Cells cells = rows.get(key);
			if (cells == null) {
				throw new IllegalArgumentException("表三没有这一行：" + key);
			}
			return cells;
		}

		/** The row {@code outcome} counts in (both replies of 三（四）1 count in one row). */
		public Cells row(Outcome outcome) {
			return row(outcome.rowKey());
		}

		/**
		 * The rows as the {@code applications} object of the annual-report JSON: dotted
		 * keys become nested objects ({@code "withheld": {"stateSecret": {...}}}).
		 */
		public Map<String, Object> applications() {
			Map<String, Object> json = new LinkedHashMap<>();
			rows.forEach((key, cells) -> {
				int dot = key.indexOf('.');
				if (dot < 0) {
					json.put(key, cells);
				}
				else {
					@SuppressWarnings("unchecked")
					Map<String, Object> group = (Map<String, Object>) json.computeIfAbsent(key.substring(0, dot),
							k -> new LinkedHashMap<String, Object>());
					group.put(key.substring(dot + 1), cells);
				}
			});
			return json;
		}

	}

	private record Count(String rowKey, ApplicantType applicantType, long n) {
	}

	/** Table 三 of agency {@code agencyId} for {@code year}. */
	@Transactional(readOnly = true)
	public TableThree forYear(long agencyId, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		// Rounds still open at a year boundary are read from the close-date side (closed
		// later, or not yet), so that the
		// cost grows with the years since, not with the agency's whole history; each part
		// reads one index alone.
		List<Count> counts = jdbc.sql("""
				select 'newlyReceived' as row_key, applicant_type, count(*) as n from request_round
				 where agency_id = :agency and started_on >= :first and started_on <= :last and not continuation
				 group by applicant_type
				union all
				select 'carriedOver', applicant_type, count(*) from request_round
				 where agency_id = :agency and closed_on >= :first and started_on < :first
				 group by applicant_type
				union all
				select 'carriedOver', applicant_type, count(*) from request_round
				 where agency_id = :agency and closed_on is null and started_on < :first
				 group by applicant_type
				union all
				select outcome, applicant_type, count(*) from request_round
				 where agency_id = :agency and closed_on >= :first and closed_on <= :last and not superseded
				 group by outcome, applicant_type
				union all
				select 'carriedForward', applicant_type, count(*) from request_round
				 where agency_id = :agency and closed_on > :last and started_on <= :last
				 group by applicant_type
				union all
				select 'carriedForward', applicant_type, count(*) from request_round
				 where agency_id = :agency and closed_on is null and started_on <= :last
				 group by applicant_type
				""")
			.param("agency", agencyId)
			.param("first", first)
			.param("last", last)
			.query((rs, n) -> new Count(rs.getString(1), ApplicantType.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
		Map<String, Map<ApplicantType, Long>> byRow = new LinkedHashMap<>();
		Map<ApplicantType, Long> processed = new EnumMap<>(ApplicantType.class);
		for (Count count : counts) {
			String key = switch (count.rowKey()) {
				case "newlyReceived", "carriedOver", "carriedForward" -> count.rowKey();
				default -> {
					processed.merge(count.applicantType(), count.n(), Long::sum);
					yield Outcome.valueOf(count.rowKey()).rowKey();
				}
			};
			byRow.computeIfAbsent(key, k -> new EnumMap<>(ApplicantType.class))
				.merge(count.applicantType(), count.n(), Long::sum);
		}
		byRow.put("totalProcessed", processed);
		Map<String, Cells> rows = new LinkedHashMap<>();
		for (String key : ROW_KEYS) {
			rows.put(key, Cells.of(byRow.getOrDefault(key, Map.of())));
		}
		return new TableThree(agencyId, year, Collections.unmodifiableMap(rows));
	}

	/**
	 * The handling rounds of agency {@code agencyId} reopened in {@code year} after an
	 * appeal's correcting result (纠正), for the notes of the annual report: each counts as
	 * newly received in that year (see the class comment).
	 */
	@Transactional(readOnly = true)
	public long reopenedRounds(long agencyId, int year) {
		return jdbc.sql("""
				select count(*) from request_round
				 where agency_id = :agency and started_on >= :first and started_on <= :last and round_no > 1
				""")
			.param("agency", agencyId)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
	}

}
