package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.Rows;
import org.gongkai.shared.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of questions, read with plain SQL: the console's list with its filters, the
 * due-soon and overdue lists, the supervising office's 督办 view, and the portal's list of
 * published questions (only their copy without personal data).
 */
@Service
public class ConsultationSearch {

	/** The states a list filters by. */
	public enum State {

		/** Not answered yet. */
		OPEN,
		/** Answered. */
		ANSWERED,
		/** Answered and on the portal. */
		PUBLISHED

	}

	/**
	 * A console list's filter; {@code null} means any.
	 *
	 * @param agencies the agencies searched (already limited to those the person may
	 * read)
	 * @param q words of the title
	 * @param beforeId the last id of the page before, for paging by id
	 */
	public record Filter(Set<Long> agencies, QuestionChannel channel, QuestionType type, State state, Integer year,
			String q, Long beforeId, int limit) {
	}

	/** One line of a console list. */
	public record Row(long id, long agencyId, String agencyName, QuestionChannel channel, QuestionType type,
			String title, LocalDate receivedOn, LocalDate dueOn, LocalDate answeredOn, boolean published) {

		/** Whether the answer is late, or the question is unanswered past its due day. */
		public boolean lateOn(LocalDate today) {
			return answeredOn == null ? dueOn.isBefore(today) : answeredOn.isAfter(dueOn);
		}

	}

	/**
	 * A page of a console list; {@code nextBeforeId} is {@code null} on the last page.
	 */
	public record Page(List<Row> rows, Long nextBeforeId) {
	}

	/** One agency's line in the 督办 view. */
	public record AgencyCount(long agencyId, String agencyName, long open, long overdue) {
	}

	/** The 督办 view: the counts per subordinate agency and their overdue questions. */
	public record Supervision(List<AgencyCount> agencies, List<Row> overdue) {
	}

	/** One line of the portal's list. */
	public record PublicRow(long id, QuestionType type, String title, LocalDate receivedOn, LocalDate answeredOn) {
	}

	/** A page of the portal's list. */
	public record PublicPage(List<PublicRow> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** A published question as the portal shows it. */
	public record PublicQuestion(long id, long agencyId, String agencyName, QuestionType type, String title,
			String body, String answer, LocalDate receivedOn, LocalDate answeredOn, LocalDate publishedOn) {
	}

	private static final String ROW = """
			select q.id, q.agency_id, a.name as agency_name, q.channel, q.question_type as type, q.title,
			  q.received_on, q.due_on, q.answered_on, q.published
			from consultation_question q join agency a on a.id = q.agency_id
			""";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final ConsultationsProperties properties;

	private final AgencyAccess access;

	private final Agencies agencies;

	ConsultationSearch(JdbcClient jdbc, WorkingCalendar calendar, ConsultationsProperties properties,
			AgencyAccess access, Agencies agencies) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
		this.access = access;
		this.agencies = agencies;
	}

	/** The console list, newest first. */
	@Transactional(readOnly = true)
	public Page search(Filter filter) {
		if (filter.agencies().isEmpty()) {
			return new Page(List.of(), null);
		}
		int limit = Math.max(1, Math.min(filter.limit(), 200));
		StringBuilder sql = new StringBuilder(ROW).append("where q.agency_id in (:agencies)");
		if (filter.channel() != null) {
			sql.append(" and q.channel = :channel");
		}
		if (filter.type() != null) {
			sql.append(" and q.question_type = :type");
		}
		if (filter.state() != null) {
			sql.append(switch (filter.state()) {
				case OPEN -> " and q.answered_on is null";
				case ANSWERED -> " and q.answered_on is not null";
				case PUBLISHED -> " and q.published = true";
			});
		}
		if (filter.year() != null) {
			sql.append(" and q.received_on between :first and :last");
		}
		String words = filter.q() == null ? "" : filter.q().strip();
		if (!words.isEmpty()) {
			TextInput.require("q", words, 100);
			sql.append(" and q.title like :q escape '\\'");
		}
		if (filter.beforeId() != null) {
			sql.append(" and q.id < :beforeId");
		}
		sql.append(" order by q.id desc limit :limit");
		var statement = jdbc.sql(sql.toString())
			.param("agencies", filter.agencies())
			.param("limit", limit + 1)
			.param("channel", filter.channel() == null ? null : filter.channel().name())
			.param("type", filter.type() == null ? null : filter.type().name())
			.param("beforeId", filter.beforeId());
		if (filter.year() != null) {
			statement = statement.param("first", LocalDate.of(filter.year(), 1, 1))
				.param("last", LocalDate.of(filter.year(), 12, 31));
		}
		if (!words.isEmpty()) {
			statement = statement.param("q",
					"%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		List<Row> rows = new ArrayList<>(statement.query(Rows.of(Row.class)).list());
		Long next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			next = rows.get(limit - 1).id();
		}
		return new Page(List.copyOf(rows), next);
	}

	/**
	 * The open questions past their due day ({@code overdue}) or due within the
	 * configured working days, earliest due first.
	 */
	@Transactional(readOnly = true)
	public List<Row> timeliness(Set<Long> scope, boolean overdue, LocalDate today, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		String condition = overdue ? "q.due_on < :today" : "q.due_on between :today and :horizon";
		return jdbc
			.sql(ROW + "where q.answered_on is null and q.agency_id in (:agencies) and " + condition
					+ " order by q.due_on, q.id limit :limit")
			.param("agencies", scope)
			.param("today", today)
			.param("horizon", calendar.addWorkingDays(today, properties.dueSoonDays()))
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query(Rows.of(Row.class))
			.list();
	}

	/** How many open questions of {@code scope} are past their due day. */
	@Transactional(readOnly = true)
	public long countOverdue(Set<Long> scope, LocalDate today) {
		if (scope.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from consultation_question
				where answered_on is null and due_on < :today and agency_id in (:agencies)""")
			.param("today", today)
			.param("agencies", scope)
			.query(Long.class)
			.single();
	}

	/**
	 * The agencies a supervisor (督办) oversees: every agency of the region of each
	 * supervising office where {@code staff} holds the role, the office itself aside.
	 */
	public Set<Long> supervised(StaffPrincipal staff) {
		Set<Long> supervised = new HashSet<>();
		for (long office : staff.agenciesWith(Role.SUPERVISOR)) {
			agencies.findById(office).map(Agency::getParentId).ifPresent(region -> {
				Set<Long> below = access.subtree(region);
				below.remove(region);
				below.remove(office);
				supervised.addAll(below);
			});
		}
		return supervised;
	}

	/** The 督办 view of {@code staff}: empty for anyone who supervises no agency. */
	@Transactional(readOnly = true)
	public Supervision supervision(StaffPrincipal staff, LocalDate today) {
		Set<Long> scope = supervised(staff);
		if (scope.isEmpty()) {
			return new Supervision(List.of(), List.of());
		}
		List<AgencyCount> counts = jdbc.sql("""
				select a.id as agency_id, a.name as agency_name,
				  sum(case when q.id is not null and q.answered_on is null then 1 else 0 end) as open,
				  sum(case when q.answered_on is null and q.due_on < :today then 1 else 0 end) as overdue
				from agency a left join consultation_question q on q.agency_id = a.id
				where a.id in (:agencies)
				group by a.id, a.name order by a.id""")
			.param("today", today)
			.param("agencies", scope)
			.query(Rows.of(AgencyCount.class))
			.list();
		return new Supervision(counts, timeliness(scope, true, today, 500));
	}

	/**
	 * The answered questions of {@code agencyId} published with consent, newest first.
	 */
	@Transactional(readOnly = true)
	public PublicPage published(long agencyId, int page, int size) {
		int shownSize = Math.max(1, Math.min(size, 50));
		int shownPage = Math.max(1, Math.min(page, 100_000));
		long total = jdbc
			.sql("select count(*) from consultation_question where agency_id = :agency and published = true")
			.param("agency", agencyId)
			.query(Long.class)
			.single();
		List<PublicRow> rows = jdbc.sql("""
				select id, question_type as type, public_title as title, received_on, answered_on
				from consultation_question where agency_id = :agency and published = true
				order by published_on desc, id desc limit :limit offset :offset""")
			.param("agency", agencyId)
			.param("limit", shownSize)
			.param("offset", (long) (shownPage - 1) * shownSize)
			.query(Rows.of(PublicRow.class))
			.list();
		return new PublicPage(rows, total, shownPage, shownSize);
	}

	/** A published question, or empty when it is not (or no longer) published. */
	@Transactional(readOnly = true)
	public Optional<PublicQuestion> publicQuestion(long id) {
		return jdbc.sql("""
				select q.id, q.agency_id, a.name as agency_name, q.question_type as type, q.public_title as title,
				  q.public_body as body, q.public_answer as answer, q.received_on, q.answered_on, q.published_on
				from consultation_question q join agency a on a.id = q.agency_id
				where q.id = :id and q.published = true""")
			.param("id", id)
			.query(Rows.of(PublicQuestion.class))
			.optional();
	}

}
