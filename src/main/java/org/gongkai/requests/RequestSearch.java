package org.gongkai.requests;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.time.LocalDate;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.ArrayList;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.Collection;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.LinkedHashMap;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.List;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.Locale;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;
import java.util.Map;

import org.gongkai.calendar.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of applications for staff, read by SQL into small rows: filtered by status,
 * outcome, applicant type, receipt dates and handler, newest first (by receipt date when
 * receipt dates are filtered), a page at a time by keyset (the last id seen), so that a
 * page costs the same on the first and the thousandth page. Only agencies the caller may
 * read are ever queried.
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
	 * What to list. Every field but {@code agencies} may be {@code null} (no
	 * restriction).
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

		/** The longest search text: as long as the longest field searched (the title). */
		static final int MAX_TEXT = 500;

		public Filter {
			limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, MAX_PAGE));
			TextInput.require("q", text, MAX_TEXT);
		}

		public static Filter of(Collection<Long> agencies) {
			return new Filter(agencies, null, null, null, null, null, null, null, null, 50);
		}

	}

	/** One line of a list; no identity number, phone or address. */
	public record Row(long id, long agencyId, String agencyName, String trackingCode, ApplicantType applicantType,
			String applicantName, Channel channel, LocalDate submittedOn, LocalDate receivedOn, RequestStatus status,
			Outcome outcome, Long handlerId, String handlerName, String infoTitle, LocalDate dueIndex,
			LocalDate closedOn, int version, LocalDate pauseIndex) {

		/**
		 * Whether the clock stands still on {@code today}: a correction is awaited, or a
		 * consultation's pause lasts (an unanswered one no longer than its 15-working-day
		 * term, Articles 32, 34).
		 */
		public boolean pausedOn(LocalDate today) {
			return status == RequestStatus.AWAITING_CORRECTION || (pauseIndex != null && !today.isAfter(pauseIndex));
		}

	}

	/** A page and the cursor of the next one ({@code null} on the last page). */
	public record Page(List<Row> rows, Long nextBeforeId) {
	}

	/**
	 * An application whose reply period runs today: open past receipt and not paused by a
	 * correction or a consultation whose pause lasts until today or later (the pause
	 * index). One condition for the lists, the deadline views and the console's count.
	 */
	private static final String RUNNING_NOT_PAUSED = """
			r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')
			   and (r.pause_index is null or r.pause_index < :today)
			""";

	/**
	 * How many applications of {@code agencies} are overdue on {@code today}: running and
	 * due before today (late the day after the due date, a weekend or holiday included),
	 * exactly the cases the overdue list shows.
	 */
	@Transactional(readOnly = true)
	public long countOverdue(Collection<Long> agencies, LocalDate today) {
		return jdbc
			.sql("select count(*) from information_request r where r.agency_id in (:agencies)"
					+ " and r.due_index < :today and " + RUNNING_NOT_PAUSED)
			.param("agencies", agencies)
			.param("today", today)
			.query(Long.class)
			.single();
	}

	private static final String SELECT = """
			select r.id, r.agency_id, a.name as agency_name, r.tracking_code, r.applicant_type, r.applicant_name, r.channel,
			       r.submitted_on, r.received_on, r.status, r.outcome, r.handler_id, r.handler_name, r.info_title,
			       r.due_index, r.closed_on, r.version, r.pause_index
			from information_request r join agency a on a.id = r.agency_id
			""";

	/**
	 * Maps a list line by column name. JdbcClient's own record mapping first asked
	 * PostgreSQL's driver for each field's camel-case name, and the driver answers an
	 * unknown column with an exception: 18 exceptions a line, a third of the time of a
	 * deadline page.
	 */
	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getLong("agency_id"),
			rs.getString("agency_name"), rs.getString("tracking_code"),
			ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
			Channel.valueOf(rs.getString("channel")), rs.getObject("submitted_on", LocalDate.class),
			rs.getObject("received_on", LocalDate.class), RequestStatus.valueOf(rs.getString("status")),
			enumOrNull(Outcome.class, rs.getString("outcome")), rs.getObject("handler_id", Long.class),
			rs.getString("handler_name"), rs.getString("info_title"), rs.getObject("due_index", LocalDate.class),
			rs.getObject("closed_on", LocalDate.class), rs.getInt("version"),
			rs.getObject("pause_index", LocalDate.class));

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

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
			String code = filter.text().strip().toUpperCase(Locale.ROOT);
			if (TrackingCodes.isWellFormed(code)) {
				// A tracking code is looked up by its unique index, not by scanning names
				// and titles for it.
				sql.append(" and r.tracking_code = :code");
				params.put("code", code);
			}
			else {
				sql.append(" and (r.applicant_name like :like or r.info_title like :like)");
				params.put("like", "%" + filter.text().strip().replace("%", "").replace("_", "") + "%");
			}
		}
		// Filtered by receipt dates, the list is read newest receipt first, straight off
		// a (received_on, id) index: in id
		// order PostgreSQL walked back through every later application to find a past
		// year's.
		boolean byReceipt = filter.receivedFrom() != null || filter.receivedTo() != null;
		if (filter.beforeId() != null && byReceipt) {
			LocalDate cursor = jdbc.sql("select received_on from information_request where id = :id")
				.param("id", filter.beforeId())
				.query(LocalDate.class)
				.optional()
				.orElse(null);
			if (cursor == null) {
				return new Page(List.of(), null);
			}
			sql.append(" and r.received_on <= :cursor and (r.received_on < :cursor or r.id < :before)");
			params.put("cursor", cursor);
			params.put("before", filter.beforeId());
		}
		else if (filter.beforeId() != null) {
			sql.append(" and r.id < :before");
			params.put("before", filter.beforeId());
		}
		sql.append(byReceipt ? " order by r.received_on desc, r.id desc" : " order by r.id desc")
			.append(" limit :limit");
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
	 * Open applications of the given agencies whose reply clock runs on {@code today} (no
	 * correction awaited, no consultation pause lasting: an unanswered consultation
	 * pauses only until its term ends) and whose derived due date (as indexed) lies
	 * between {@code dueFrom} (when given) and {@code dueTo}, soonest first; the caller
	 * reads each clock exactly.
	 */
	@Transactional(readOnly = true)
	public List<Row> runningDue(Collection<Long> agencies, Long handlerId, LocalDate dueFrom, LocalDate dueTo,
			LocalDate today, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		// Conditions are left out rather than bound to null, so that PostgreSQL's cached
		// plans still use the indexes.
		StringBuilder sql = new StringBuilder(SELECT)
			.append(" where r.agency_id in (:agencies) and r.due_index <= :to and ")
			.append(RUNNING_NOT_PAUSED);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies);
		params.put("to", dueTo);
		params.put("today", today);
		if (dueFrom != null) {
			sql.append(" and r.due_index >= :from");
			params.put("from", dueFrom);
		}
		if (handlerId != null) {
			sql.append(" and r.handler_id = :handler");
			params.put("handler", handlerId);
		}
		sql.append(" order by r.due_index, r.id limit :limit");
		params.put("limit", Math.min(limit, MAX_PAGE));
		return jdbc.sql(sql.toString()).params(params).query(ROW).list();
	}

	/**
	 * Open applications whose clock stands still on {@code today}: awaiting a correction,
	 * or within a consultation's pause (an unanswered consultation no longer than its
	 * 15-working-day term).
	 */
	@Transactional(readOnly = true)
	public List<Row> paused(Collection<Long> agencies, Long handlerId, LocalDate today, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(SELECT).append("""
				 where r.agency_id in (:agencies)
				   and (r.status = 'AWAITING_CORRECTION'
				        or (r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')
				            and r.pause_index >= :today))
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("agencies", agencies);
		params.put("today", today);
		if (handlerId != null) {
			sql.append(" and r.handler_id = :handler");
			params.put("handler", handlerId);
		}
		sql.append(" order by r.id desc limit :limit");
		params.put("limit", Math.min(limit, MAX_PAGE));
		return jdbc.sql(sql.toString()).params(params).query(ROW).list();
	}

	/**
	 * Submissions not yet confirmed as received (an online form, an ordinary letter, a
	 * fax, an email, a 12345 work order awaiting confirmation), oldest first: until
	 * confirmed they have no receipt date and are not counted (Article 31).
	 */
	@Transactional(readOnly = true)
	public List<Row> awaitingConfirmation(Collection<Long> agencies, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String sql = SELECT + """
				where r.agency_id in (:agencies) and r.status = 'SUBMITTED'
				order by r.submitted_on, r.id limit :limit""";
		return jdbc.sql(sql).param("agencies", agencies).param("limit", Math.min(limit, MAX_PAGE)).query(ROW).list();
	}

	/**
	 * Open applications of {@code agencies} whose extension request awaits the head of
	 * the disclosure office (Article 33), soonest due first; a request by {@code notBy}
	 * is left out, since its author may not decide it.
	 */
	@Transactional(readOnly = true)
	public List<Row> extensionsAwaiting(Collection<Long> agencies, long notBy, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String sql = SELECT + """
				where r.agency_id in (:agencies)
				  and r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')
				  and r.extension_requested_days is not null and r.extension_days is null
				  and r.extension_refused_on is null
				  and (r.extension_requested_by_id is null or r.extension_requested_by_id <> :me)
				order by r.due_index, r.id limit :limit""";
		return jdbc.sql(sql)
			.param("agencies", agencies)
			.param("me", notBy)
			.param("limit", Math.min(limit, MAX_PAGE))
			.query(ROW)
			.list();
	}

}
