package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of applications for staff, read by SQL into small rows: filtered by status, outcome, applicant type, receipt
 * dates and handler, newest first, a page at a time by keyset (the last id seen), so that a page costs the same on the
 * first and the thousandth page. Only agencies the caller may read are ever queried.
 */
@Service
public class RequestSearch {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE = 500;

	private final JdbcClient jdbc;

	RequestSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What to list. Every field but {@code agencies} may be {@code null} (no restriction).
	 *
	 * @param agencies the agencies to list (already limited to those the caller may read)
	 * @param statuses statuses to include
	 * @param outcome the current outcome
	 * @param applicantType the applicant type
	 * @param receivedFrom first receipt date
	 * @param receivedTo last receipt date
	 * @param handlerId the assigned handler
	 * @param text a tracking code or part of the applicant's name or the title
	 * @param beforeId keyset cursor: list ids below it
	 * @param limit the page size
	 */
	public record Filter(Collection<Long> agencies, Collection<RequestStatus> statuses, Outcome outcome,
			ApplicantType applicantType, LocalDate receivedFrom, LocalDate receivedTo, Long handlerId, String text,
			Long beforeId, int limit) {

		public Filter {
			limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, MAX_PAGE));
		}

		public static Filter of(Collection<Long> agencies) {
			return new Filter(agencies, null, null, null, null, null, null, null, null, 50);
		}

	}

	/** One line of a list; no identity number, phone or address. */
	public record Row(long id, long agencyId, String agencyName, String trackingCode, ApplicantType applicantType,
			String applicantName, Channel channel, LocalDate submittedOn, LocalDate receivedOn, RequestStatus status,
			Outcome outcome, Long handlerId, String handlerName, String infoTitle, LocalDate dueIndex, LocalDate closedOn,
			int version, boolean awaitingAnswer) {

		/** Whether the clock may stand still: a correction or a consultation answer is awaited. */
		public boolean pausedNow() {
			return status == RequestStatus.AWAITING_CORRECTION || awaitingAnswer;
		}

	}

	/** A page and the cursor of the next one ({@code null} on the last page). */
	public record Page(List<Row> rows, Long nextBeforeId) {
	}

	private static final String SELECT = """
			select r.id, r.agency_id, a.name as agency_name, r.tracking_code, r.applicant_type, r.applicant_name, r.channel,
			       r.submitted_on, r.received_on, r.status, r.outcome, r.handler_id, r.handler_name, r.info_title,
			       r.due_index, r.closed_on, r.version,
			       case when exists (select 1 from request_consultation c where c.request_id = r.id and c.round_no = r.round
			                         and c.answered_on is null) then true else false end as awaiting_answer
			from information_request r join agency a on a.id = r.agency_id
			""";

	@Transactional(readOnly = true)
	public Page search(Filter filter) {
		if (filter.agencies() == null || filter.agencies().isEmpty()) {
			return new Page(List.of(), null);
		}
		StringBuilder sql = new StringBuilder(SELECT).append(" where r.agency_id in (:agencies)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", filter.agencies());
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			sql.append(" and r.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.outcome() != null) {
			sql.append(" and r.outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.applicantType() != null) {
			sql.append(" and r.applicant_type = :type");
			params.put("type", filter.applicantType().name());
		}
		if (filter.receivedFrom() != null) {
			sql.append(" and r.received_on >= :from");
			params.put("from", filter.receivedFrom());
		}
		if (filter.receivedTo() != null) {
			sql.append(" and r.received_on <= :to");
			params.put("to", filter.receivedTo());
		}
		if (filter.handlerId() != null) {
			sql.append(" and r.handler_id = :handler");
			params.put("handler", filter.handlerId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (r.tracking_code = :code or r.applicant_name like :like or r.info_title like :like)");
			params.put("code", filter.text().strip().toUpperCase());
			params.put("like", "%" + filter.text().strip().replace("%", "").replace("_", "") + "%");
		}
		if (filter.beforeId() != null) {
			sql.append(" and r.id < :before");
			params.put("before", filter.beforeId());
		}
		sql.append(" order by r.id desc limit :limit");
		params.put("limit", filter.limit() + 1);
		List<Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(Row.class).list());
		Long next = null;
		if (rows.size() > filter.limit()) {
			rows = rows.subList(0, filter.limit());
			next = rows.get(rows.size() - 1).id();
		}
		return new Page(List.copyOf(rows), next);
	}

	/**
	 * Open applications of the given agencies whose derived due date (as indexed) is on or before {@code dueBy}, soonest
	 * first; the caller reads each clock exactly. {@code paused} lists those with a consultation awaiting an answer or a
	 * correction awaited, whatever their due date.
	 */
	@Transactional(readOnly = true)
	public List<Row> dueBy(Collection<Long> agencies, Long handlerId, LocalDate dueBy, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String sql = SELECT + """
				 where r.agency_id in (:agencies) and r.due_index <= :due
				   and r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')
				   and (cast(:handler as bigint) is null or r.handler_id = :handler)
				 order by r.due_index, r.id limit :limit
				""";
		return jdbc.sql(sql)
			.param("agencies", agencies)
			.param("due", dueBy)
			.param("handler", handlerId)
			.param("limit", Math.min(limit, MAX_PAGE))
			.query(Row.class)
			.list();
	}

	/** Open applications whose clock may stand still: awaiting a correction, or with an unanswered consultation. */
	@Transactional(readOnly = true)
	public List<Row> possiblyPaused(Collection<Long> agencies, Long handlerId, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String sql = SELECT + """
				 where r.agency_id in (:agencies)
				   and (r.status = 'AWAITING_CORRECTION'
				        or (r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED') and exists (
				            select 1 from request_consultation c
				             where c.request_id = r.id and c.round_no = r.round and c.answered_on is null)))
				   and (cast(:handler as bigint) is null or r.handler_id = :handler)
				 order by r.id desc limit :limit
				""";
		return jdbc.sql(sql)
			.param("agencies", agencies)
			.param("handler", handlerId)
			.param("limit", Math.min(limit, MAX_PAGE))
			.query(Row.class)
			.list();
	}

}
