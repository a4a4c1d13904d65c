package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of catalogue entries read by SQL into small rows: the console's list by state
 * (and level), the review inbox of a person, the Article 26 lists, and the public list of
 * published entries. Staff lists are newest first, a page at a time by keyset (the last
 * id seen), so the thousandth page costs what the first does; only agencies the caller
 * may read are queried.
 */
@Service
public class CatalogueSearch {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE = 200;

	private static final String ROW = """
			select e.id, e.agency_id, a.name as agency_name, e.index_number, e.title, e.kind, e.state,
			  e.review_level, e.formed_on, e.published_on, e.public_version, e.due_on, e.drafted_by_name, e.version
			from disclosure_entry e join agency a on a.id = e.agency_id
			""";

	private final JdbcClient jdbc;

	private final DisclosureSettings settings;

	private final WorkingCalendar calendar;

	private final DisclosureProperties properties;

	CatalogueSearch(JdbcClient jdbc, DisclosureSettings settings, WorkingCalendar calendar,
			DisclosureProperties properties) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * What to list; every field but {@code agencies} may be {@code null}.
	 *
	 * @param agencies the agencies (already limited to those the caller may read)
	 * @param state the state
	 * @param level with {@link EntryState#IN_REVIEW}, the level waited at
	 * @param text part of the title or the 索引号
	 * @param beforeId keyset cursor: ids below it
	 * @param limit the page size
	 */
	public record Filter(Collection<Long> agencies, EntryState state, Integer level, String text, Long beforeId,
			int limit) {

		public Filter {
			limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, MAX_PAGE));
		}

	}

	/** One line of a staff list. */
	public record Row(long id, long agencyId, String agencyName, String indexNumber, String title, EntryKind kind,
			EntryState state, Integer reviewLevel, LocalDate formedOn, LocalDate publishedOn, Integer publicVersion,
			LocalDate dueOn, String draftedByName, int version) {
	}

	/** A page of rows and the cursor of the next, {@code null} on the last. */
	public record Page(List<Row> rows, Long nextBeforeId) {
	}

	/** A staff list. */
	@Transactional(readOnly = true)
	public Page search(Filter filter) {
		if (filter.agencies().isEmpty()) {
			return new Page(List.of(), null);
		}
		StringBuilder sql = new StringBuilder(ROW).append(" where e.agency_id in (:agencies)");
		Map<String, Object> params = new HashMap<>();
		params.put("agencies", filter.agencies());
		params.put("limit", filter.limit() + 1);
		if (filter.state() != null) {
			sql.append(" and e.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.level() != null) {
			sql.append(" and e.review_level = :level");
			params.put("level", filter.level());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (e.title like :text or e.index_number = :exact)");
			params.put("text", "%" + filter.text().strip().replace("%", "") + "%");
			params.put("exact", filter.text().strip());
		}
		if (filter.beforeId() != null) {
			sql.append(" and e.id < :before");
			params.put("before", filter.beforeId());
		}
		sql.append(" order by e.id desc limit :limit");
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Rows.of(Row.class)).list();
		if (rows.size() > filter.limit()) {
			return new Page(rows.subList(0, filter.limit()), rows.get(filter.limit() - 1).id());
		}
		return new Page(rows, null);
	}

	/**
	 * The review inbox of {@code staff}: entries waiting at a level whose role they hold
	 * in the entry's agency (the drafter's own at levels where others must decide left
	 * out), and their drafts returned with comments.
	 */
	@Transactional(readOnly = true)
	public List<Row> inbox(StaffPrincipal staff) {
		List<Row> rows = new ArrayList<>();
		for (long agency : staff.homeAgencies()) {
			ReviewChain chain = settings.chain(agency);
			for (ReviewLevel level : chain.levels()) {
				if (staff.holds(level.role(), agency)) {
					String notOwn = level.othersOnly() ? " and e.drafted_by <> :me" : "";
					rows.addAll(jdbc
						.sql(ROW + " where e.agency_id = :agency and e.state = 'IN_REVIEW'"
								+ " and e.review_level = :level" + notOwn + " order by e.id limit 200")
						.param("agency", agency)
						.param("level", level.level())
						.param("me", staff.id())
						.query(Rows.of(Row.class))
						.list());
				}
			}
			rows.addAll(jdbc.sql(ROW + """
					where e.agency_id = :agency and e.state = 'DRAFT' and e.drafted_by = :me and e.review_round > 0
					order by e.id limit 200""")
				.param("agency", agency)
				.param("me", staff.id())
				.query(Rows.of(Row.class))
				.list());
		}
		return rows;
	}

	/**
	 * The Article 26 lists: {@code overdue} (the last day has passed) or {@code due-soon}
	 * (at most the configured working days left), open entries only, earliest first.
	 */
	@Transactional(readOnly = true)
	public List<Row> timeliness(Set<Long> agencies, boolean overdue, LocalDate today, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String range = overdue ? "e.due_on < :today" : "e.due_on >= :today and e.due_on <= :horizon";
		return jdbc
			.sql(ROW + " where e.agency_id in (:agencies) and e.state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED') and "
					+ range + " order by e.due_on, e.id limit :limit")
			.param("agencies", agencies)
			.param("today", today)
			.param("horizon", calendar.addWorkingDays(today, properties.dueSoonDays()))
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query(Rows.of(Row.class))
			.list();
	}

	/** How many open entries of {@code agencies} are past their Article 26 date. */
	@Transactional(readOnly = true)
	public long countOverdue(Set<Long> agencies, LocalDate today) {
		if (agencies.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from disclosure_entry
				where agency_id in (:agencies) and state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED') and due_on < :today""")
			.param("agencies", agencies)
			.param("today", today)
			.query(Long.class)
			.single();
	}

	/** One line of the public list: the public version only. */
	public record PublicRow(long id, String indexNumber, String title, LocalDate publishedOn, String documentNumber,
			Integer article20Item) {
	}

	/** A page of the public list with the total. */
	public record PublicPage(List<PublicRow> entries, long total, int page, int size) {
	}

	/**
	 * The published entries of an agency (of a year of publication, when given), newest
	 * first: what the last approval made public and nothing else.
	 */
	@Transactional(readOnly = true)
	public PublicPage published(long agencyId, Integer year, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, 100));
		int pageNumber = Math.max(1, page);
		LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
		long total = jdbc.sql("""
				select count(*) from disclosure_entry
				where agency_id = :agency and public_version is not null and published_on between :from and :to""")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		List<PublicRow> rows = jdbc.sql("""
				select e.id, e.index_number, v.title, e.published_on, v.document_number, v.article20_item
				from disclosure_entry e
				join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
				where e.agency_id = :agency and e.public_version is not null and e.published_on between :from and :to
				order by e.published_on desc, e.id desc limit :limit offset :offset""")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.param("limit", pageSize)
			.param("offset", (long) (pageNumber - 1) * pageSize)
			.query(Rows.of(PublicRow.class))
			.list();
		return new PublicPage(rows, total, pageNumber, pageSize);
	}

	/** A public entry: its public version, or empty if none is public. */
	public record PublicEntry(long id, long agencyId, String indexNumber, int version, String title, String summary,
			String body, String documentNumber, Integer article20Item, String validity, LocalDate formedOn,
			LocalDate publishedOn) {
	}

	@Transactional(readOnly = true)
	public Optional<PublicEntry> publicEntry(long id) {
		return jdbc.sql("""
				select e.id, e.agency_id, e.index_number, v.number as version, v.title, v.summary, v.body,
				  v.document_number, v.article20_item, v.validity, v.formed_on, v.published_on
				from disclosure_entry e
				join disclosure_entry_version v on v.entry_id = e.id and v.number = e.public_version
				where e.id = :id and e.public_version is not null""")
			.param("id", id)
			.query(Rows.of(PublicEntry.class))
			.optional();
	}

}
