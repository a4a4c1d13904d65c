package org.gongkai.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The catalogue entries, stored and loaded as whole aggregates with plain SQL: the
 * entry's row, the decisions its verbs took and the snapshot of each version it
 * published. An update names the version it was loaded at and fails with
 * {@link OptimisticLockingFailureException} when someone changed the entry since.
 */
@Repository
class CatalogueEntries {

	private static final String COLUMNS = """
			id, agency_id, index_number, kind, title, summary, formed_on, document_number, issuing_body, topic, genre,
			article20_item, article21_item, validity, valid_from, validity_changed_on, disclosure_method, body,
			interpretation_of, related_ids, state, review_level, review_round, scheduled_at, withdrawn_reason,
			drafted_by, drafted_by_name, public_version, last_version, published_on, first_published_on, created_at,
			version""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CatalogueEntries(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Optional<CatalogueEntry> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure_entry where id = :id")
			.param("id", id)
			.query(CatalogueEntries::map)
			.optional();
	}

	CatalogueEntry load(long id) {
		return find(id).orElseThrow(() -> new RecordNotFound("目录条目", id));
	}

	/** The entries of {@code ids} that exist, by id, read with one query. */
	Map<Long, CatalogueEntry> loadAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CatalogueEntry> found = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from disclosure_entry where id in (:ids)")
			.param("ids", ids)
			.query(CatalogueEntries::map)
			.list()
			.forEach(entry -> found.put(entry.getId(), entry));
		return found;
	}

	/** Whether {@code indexNumber} was ever handed out. */
	boolean indexNumberTaken(String indexNumber) {
		return jdbc.sql("select count(*) from disclosure_entry where index_number = :number")
			.param("number", indexNumber)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores a new entry and publishes {@link EntryDrafted}; returns its id. */
	long insert(CatalogueEntry entry, LocalDate dueOn, String actor) {
		events.publishEvent(insertUnpublished(entry, dueOn, actor));
		return entry.getId();
	}

	/** Stores a new entry and returns its {@link EntryDrafted} unpublished. */
	EntryDrafted insertUnpublished(CatalogueEntry entry, LocalDate dueOn, String actor) {
		EntryContent c = entry.getContent();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into disclosure_entry (agency_id, index_number, kind, title, summary, formed_on, document_number,
				  issuing_body, topic, genre, article20_item, article21_item, validity, valid_from, validity_changed_on,
				  disclosure_method, body, interpretation_of, related_ids, state, review_round, drafted_by,
				  drafted_by_name, last_version, due_on, created_at, version)
				values (:agency, :index, :kind, :title, :summary, :formed, :number, :body_, :topic, :genre, :item20,
				  :item21, :validity, :validFrom, :validityChanged, :method, :body, :interpretationOf, :related,
				  'DRAFT', 0, :draftedBy, :draftedByName, 0, :due, :createdAt, 0)""")
			.param("agency", entry.getAgencyId())
			.param("index", entry.getIndexNumber())
			.params(contentParams(c).getValues())
			.param("draftedBy", entry.getDraftedBy())
			.param("draftedByName", entry.getDraftedByName())
			.param("due", dueOn)
			.param("createdAt", Timestamp.from(entry.getCreatedAt()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		entry.assignId(id);
		return new EntryDrafted(id, entry.getAgencyId(), actor, entry.getCreatedAt(), entry.getIndexNumber(),
				c.title());
	}

	/**
	 * Writes the entry's changed state if it is still at {@code expectedVersion} (or at
	 * the version it was loaded at when {@code null}), with its new decisions and
	 * published version, then publishes its events.
	 */
	void update(CatalogueEntry entry, Integer expectedVersion, LocalDate dueOn) {
		store(entry, expectedVersion, dueOn).forEach(events::publishEvent);
	}

	/**
	 * Writes the entry as {@link #update} does and returns its events unpublished, for a
	 * caller that publishes them last: the audit trail's listener holds its head row
	 * until the commit, so the reads after a change are best done before.
	 */
	List<AuditableEvent> store(CatalogueEntry entry, Integer expectedVersion, LocalDate dueOn) {
		int seen = expectedVersion != null ? expectedVersion : entry.getVersion();
		if (expectedVersion != null && expectedVersion != entry.getVersion()) {
			throw new OptimisticLockingFailureException("entry " + entry.getId() + " is at " + entry.getVersion());
		}
		EntryContent c = entry.getContent();
		int updated = jdbc.sql("""
				update disclosure_entry set kind = :kind, title = :title, summary = :summary, formed_on = :formed,
				  document_number = :number, issuing_body = :body_, topic = :topic, genre = :genre,
				  article20_item = :item20, article21_item = :item21, validity = :validity, valid_from = :validFrom,
				  validity_changed_on = :validityChanged, disclosure_method = :method, body = :body,
				  interpretation_of = :interpretationOf, related_ids = :related, state = :state,
				  review_level = :level, review_round = :round, scheduled_at = :scheduledAt,
				  withdrawn_reason = :withdrawnReason, public_version = :publicVersion, last_version = :lastVersion,
				  published_on = :publishedOn, first_published_on = :firstPublishedOn, due_on = :due,
				  version = version + 1
				where id = :id and version = :seen""")
			.params(contentParams(c).getValues())
			.param("state", entry.getState().name())
			.param("level", entry.getReviewLevel())
			.param("round", entry.getReviewRound())
			.param("scheduledAt", timestamp(entry.getScheduledAt()))
			.param("withdrawnReason", entry.getWithdrawnReason())
			.param("publicVersion", entry.getPublicVersion())
			.param("lastVersion", entry.getLastVersion())
			.param("publishedOn", entry.getPublishedOn())
			.param("firstPublishedOn", entry.getFirstPublishedOn())
			.param("due", dueOn)
			.param("id", entry.getId())
			.param("seen", seen)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("entry " + entry.getId() + " changed since version " + seen);
		}
		entry.versionStored();
		for (ReviewDecision decision : entry.drainDecisions()) {
			jdbc.sql("""
					insert into disclosure_review (entry_id, round, level, staff_id, staff_name, approved, comment,
					  decided_at)
					values (:entry, :round, :level, :staff, :name, :approved, :comment, :at)""")
				.param("entry", entry.getId())
				.param("round", decision.round())
				.param("level", decision.level())
				.param("staff", decision.staffId())
				.param("name", decision.staffName())
				.param("approved", decision.approved())
				.param("comment", decision.comment())
				.param("at", Timestamp.from(decision.decidedAt()))
				.update();
		}
		Instant publishedAt = entry.takeNewVersion();
		if (publishedAt != null) {
			jdbc.sql("""
					insert into disclosure_entry_version (entry_id, number, title, summary, body, document_number,
					  article20_item, validity, formed_on, published_on, published_at)
					values (:entry, :number, :title, :summary, :body, :documentNumber, :item20, :validity, :formed,
					  :publishedOn, :at)""")
				.param("entry", entry.getId())
				.param("number", entry.getPublicVersion())
				.param("title", c.title())
				.param("summary", c.summary())
				.param("body", c.body())
				.param("documentNumber", c.documentNumber())
				.param("item20", c.article20Item())
				.param("validity", c.validity().name())
				.param("formed", c.formedOn())
				.param("publishedOn", entry.getPublishedOn())
				.param("at", Timestamp.from(publishedAt))
				.update();
		}
		return entry.drainEvents();
	}

	/** The decisions taken on an entry, oldest first. */
	List<ReviewDecision> decisions(long entryId) {
		return jdbc.sql("""
				select round, level, staff_id, staff_name, approved, comment, decided_at
				from disclosure_review where entry_id = :id order by id""")
			.param("id", entryId)
			.query((rs, row) -> new ReviewDecision(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	private static MapSqlParameterSource contentParams(EntryContent c) {
		return new MapSqlParameterSource().addValue("kind", c.kind().name())
			.addValue("title", c.title())
			.addValue("summary", c.summary())
			.addValue("formed", c.formedOn())
			.addValue("number", c.documentNumber())
			.addValue("body_", c.issuingBody())
			.addValue("topic", c.topic())
			.addValue("genre", c.genre())
			.addValue("item20", c.article20Item())
			.addValue("item21", c.article21Item())
			.addValue("validity", c.validity().name())
			.addValue("validFrom", c.validFrom())
			.addValue("validityChanged", c.validityChangedOn())
			.addValue("method", c.disclosureMethod())
			.addValue("body", c.body())
			.addValue("interpretationOf", c.interpretationOf())
			.addValue("related", c.relatedIds().isEmpty() ? null
					: String.join(",", c.relatedIds().stream().map(String::valueOf).toList()));
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static CatalogueEntry map(ResultSet rs, int row) throws SQLException {
		String related = rs.getString("related_ids");
		EntryContent content = new EntryContent(EntryKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("summary"), rs.getObject("formed_on", LocalDate.class), rs.getString("document_number"),
				rs.getString("issuing_body"), rs.getString("topic"), rs.getString("genre"),
				rs.getObject("article20_item", Integer.class), rs.getObject("article21_item", Integer.class),
				Validity.valueOf(rs.getString("validity")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("validity_changed_on", LocalDate.class), rs.getString("disclosure_method"),
				rs.getString("body"), rs.getObject("interpretation_of", Long.class),
				related == null ? List.of() : Arrays.stream(related.split(",")).map(Long::valueOf).toList());
		Timestamp scheduled = rs.getTimestamp("scheduled_at");
		return new CatalogueEntry(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("index_number"), content,
				EntryState.valueOf(rs.getString("state")), rs.getObject("review_level", Integer.class),
				rs.getInt("review_round"), scheduled == null ? null : scheduled.toInstant(),
				rs.getString("withdrawn_reason"), rs.getLong("drafted_by"), rs.getString("drafted_by_name"),
				rs.getObject("public_version", Integer.class), rs.getInt("last_version"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("first_published_on", LocalDate.class),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

}
