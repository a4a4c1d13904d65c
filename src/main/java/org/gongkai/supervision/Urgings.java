package org.gongkai.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The 催办 records, stored and loaded whole with plain SQL. An update names the version it
 * was loaded at and fails with {@link OptimisticLockingFailureException} when someone
 * changed the record since.
 */
@Repository
class Urgings {

	private static final String COLUMNS = """
			id, office_id, agency_id, request_id, tracking_code, body, sent_by, sent_by_name, sent_at, answer,
			answered_by, answered_by_name, answered_at, read_at, version""";

	private final JdbcClient jdbc;

	Urgings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Urging> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from supervision_urging where id = :id")
			.param("id", id)
			.query(Urgings::map)
			.optional();
	}

	Urging load(long id) {
		return find(id).orElseThrow(() -> new RecordNotFound("催办", id));
	}

	/** The 催办 sent by {@code offices}, newest first. */
	List<Urging> sentBy(Collection<Long> offices, int limit) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from supervision_urging where office_id in (:offices)"
					+ " order by id desc limit :limit")
			.param("offices", offices)
			.param("limit", limit)
			.query(Urgings::map)
			.list();
	}

	/** The 催办 received by {@code agencies}, unanswered first, newest first. */
	List<Urging> receivedBy(Collection<Long> agencies, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from supervision_urging where agency_id in (:agencies)"
					+ " order by case when answered_at is null then 0 else 1 end, id desc limit :limit")
			.param("agencies", agencies)
			.param("limit", limit)
			.query(Urgings::map)
			.list();
	}

	/** The unanswered 催办 to {@code agencies}, oldest first. */
	List<Urging> unanswered(Collection<Long> agencies, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from supervision_urging where agency_id in (:agencies)"
					+ " and answered_at is null order by id limit :limit")
			.param("agencies", agencies)
			.param("limit", limit)
			.query(Urgings::map)
			.list();
	}

	/** The answered 催办 of {@code offices} not yet read, oldest answer first. */
	List<Urging> answeredUnread(Collection<Long> offices, int limit) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from supervision_urging where office_id in (:offices)"
					+ " and answered_at is not null and read_at is null order by answered_at, id limit :limit")
			.param("offices", offices)
			.param("limit", limit)
			.query(Urgings::map)
			.list();
	}

	/** Stores a new 催办; returns its id. */
	long insert(Urging urging) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into supervision_urging (office_id, agency_id, request_id, tracking_code, body, sent_by,
				  sent_by_name, sent_at, version)
				values (:office, :agency, :request, :code, :body, :sentBy, :sentByName, :sentAt, 0)""")
			.param("office", urging.getOfficeId())
			.param("agency", urging.getAgencyId())
			.param("request", urging.getRequestId())
			.param("code", urging.getTrackingCode())
			.param("body", urging.getBody())
			.param("sentBy", urging.getSentBy())
			.param("sentByName", urging.getSentByName())
			.param("sentAt", Timestamp.from(urging.getSentAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Saves the answer and the reading of a loaded 催办 at the version it was loaded. */
	void update(Urging urging) {
		int updated = jdbc.sql("""
				update supervision_urging
				   set answer = :answer, answered_by = :answeredBy, answered_by_name = :answeredByName,
				       answered_at = :answeredAt, read_at = :readAt, version = version + 1
				 where id = :id and version = :version""")
			.param("answer", urging.getAnswer())
			.param("answeredBy", urging.getAnsweredBy())
			.param("answeredByName", urging.getAnsweredByName())
			.param("answeredAt", timestamp(urging.getAnsweredAt()))
			.param("readAt", timestamp(urging.getReadAt()))
			.param("id", urging.getId())
			.param("version", urging.getVersion())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("催办 " + urging.getId() + " 已被他人修改");
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Urging map(ResultSet rs, int n) throws SQLException {
		return new Urging(rs.getLong("id"), rs.getLong("office_id"), rs.getLong("agency_id"),
				rs.getObject("request_id", Long.class), rs.getString("tracking_code"), rs.getString("body"),
				rs.getLong("sent_by"), rs.getString("sent_by_name"), instant(rs, "sent_at"), rs.getString("answer"),
				rs.getObject("answered_by", Long.class), rs.getString("answered_by_name"), instant(rs, "answered_at"),
				instant(rs, "read_at"), rs.getInt("version"));
	}

}
