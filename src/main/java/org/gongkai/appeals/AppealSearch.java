package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;

import org.gongkai.requests.ApplicantType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cases for staff, read by SQL into small rows, newest filing first, a page at a
 * time by keyset. Only agencies the caller may read are ever queried; applicants' names
 * come out masked.
 */
@Service
public class AppealSearch {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE = 500;

	private final JdbcClient jdbc;

	AppealSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What to list; every field but {@code agencies} may be {@code null} (no
	 * restriction).
	 *
	 * @param agencies the agencies to list (already limited to those the caller may read)
	 * @param kind the kind of case
	 * @param result the result as it stands now
	 * @param year the year of filing
	 * @param text part of the case number, the application's tracking code or reference,
	 * the body or the applicant
	 * @param requestId cases about this application
	 * @param includeVoided whether voided cases are listed too
	 * @param beforeId keyset cursor: list cases with a smaller id
	 * @param limit the page size
	 */
	public record Filter(Collection<Long> agencies, AppealKind kind, AppealResult result, Integer year, String text,
			Long requestId, boolean includeVoided, Long beforeId, int limit) {

		/** The longest search text: longer than any field searched. */
		static final int MAX_TEXT = 300;

		public Filter {
			limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, MAX_PAGE));
			TextInput.require("q", text, MAX_TEXT);
			if (year != null && (year < AppealStatistics.FIRST_YEAR || year > AppealStatistics.LAST_YEAR)) {
				throw InvalidInput.of("year", "appeal.year.out-of-range", AppealStatistics.FIRST_YEAR,
						AppealStatistics.LAST_YEAR);
			}
		}

		public static Filter of(Collection<Long> agencies) {
			return new Filter(agencies, null, null, null, null, null, false, null, 50);
		}

	}

	/**
	 * One line of a list; the applicant's name is masked. {@code notifiedOn} is the day
	 * the agency received the 答复通知书 or 应诉通知书, {@code answered} whether its 答复书 or 答辩状 is
	 * on file (a document of kind {@link AppealDocumentKind#DEFENCE}).
	 */
	public record Row(long id, long agencyId, String agencyName, AppealKind kind, String body, String caseNumber,
			LocalDate filedOn, ApplicantType applicantType, String applicant, Long requestId, String application,
			AppealResult result, Disposition disposition, LocalDate decidedOn, boolean voided, int version,
			LocalDate notifiedOn, boolean answered) {
	}

	/** A page and the cursor of the next one ({@code null} on the last page). */
	public record Page(List<Row> rows, Long nextBeforeId) {
	}

	private static final String SELECT = """
			select c.id, c.agency_id, a.name as agency_name, c.kind, c.body, c.case_number, c.filed_on, c.applicant_type,
			       c.applicant_name, c.request_id, coalesce(c.request_tracking_code, c.external_reference) as application,
			       c.result, c.disposition, c.decided_on,
			       case when c.voided_at is null then false else true end as voided, c.version, c.notified_on,
			       case when exists (select 1 from appeal_document d where d.appeal_id = c.id and d.kind = 'DEFENCE')
			            then true else false end as answered
			from appeal_case c join agency a on a.id = c.agency_id
			""";

	/**
	 * Maps a line by column name, masking the applicant's name as it is read.
	 * JdbcClient's record mapping asks the PostgreSQL driver for each camel-case field
	 * name first, and the driver answers an unknown column with an exception (see
	 * {@code RequestSearch}).
	 */
	private static final RowMapper<Row> ROW = (rs, n) -> {
		ApplicantType type = ApplicantType.valueOf(rs.getString("applicant_type"));
		String disposition = rs.getString("disposition");
		return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AppealKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("case_number"),
				rs.getObject("filed_on", LocalDate.class), type,
				ApplicantNames.masked(type, rs.getString("applicant_name")), rs.getObject("request_id", Long.class),
				rs.getString("application"), AppealResult.valueOf(rs.getString("result")),
				disposition == null ? null : Disposition.valueOf(disposition),
				rs.getObject("decided_on", LocalDate.class), rs.getBoolean("voided"), rs.getInt("version"),
				rs.getObject("notified_on", LocalDate.class), rs.getBoolean("answered"));
	};

	@Transactional(readOnly = true)
	public Page search(Filter filter) {
		if (filter.agencies() == null || filter.agencies().isEmpty()) {
			return new Page(List.of(), null);
		}
		StringBuilder sql = new StringBuilder(SELECT).append(" where c.agency_id in (:agencies)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", filter.agencies());
		if (!filter.includeVoided()) {
			sql.append(" and c.voided_at is null");
		}
		if (filter.kind() != null) {
			sql.append(" and c.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.result() != null) {
			sql.append(" and c.result = :result");
			params.put("result", filter.result().name());
		}
		if (filter.year() != null) {
			sql.append(" and c.filed_on >= :first and c.filed_on <= :last");
			params.put("first", LocalDate.of(filter.year(), 1, 1));
			params.put("last", LocalDate.of(filter.year(), 12, 31));
		}
		if (filter.requestId() != null) {
			sql.append(" and c.request_id = :request");
			params.put("request", filter.requestId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (c.case_number like :like or c.request_tracking_code = :code")
				.append(" or c.external_reference like :like or c.body like :like or c.applicant_name like :like)");
			params.put("code", filter.text().strip().toUpperCase());
			params.put("like", "%" + filter.text().strip().replace("%", "").replace("_", "") + "%");
		}
		if (filter.beforeId() != null) {
			sql.append(" and c.id < :before");
			params.put("before", filter.beforeId());
		}
		sql.append(" order by c.id desc limit :limit");
		params.put("limit", filter.limit() + 1);
		List<Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(ROW).list());
		Long next = null;
		if (rows.size() > filter.limit()) {
			rows = rows.subList(0, filter.limit());
			next = rows.get(rows.size() - 1).id();
		}
		return new Page(List.copyOf(rows), next);
	}

	/**
	 * Reconsiderations of the given agencies that have a result and no lawsuit after them
	 * yet: the cases a lawsuit after reconsideration may be entered for.
	 */
	@Transactional(readOnly = true)
	public List<Row> openToLawsuit(Collection<Long> agencies) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql(SELECT
					+ """
							 where c.agency_id in (:agencies) and c.kind = 'RECONSIDERATION' and c.result <> 'PENDING'
							   and c.voided_at is null
							   and not exists (select 1 from appeal_case l where l.reconsideration_id = c.id and l.voided_at is null)
							 order by c.id desc limit 200
							""")
			.param("agencies", agencies)
			.query(ROW)
			.list();
	}

}
