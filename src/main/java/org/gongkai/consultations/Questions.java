package org.gongkai.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.shared.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The questions, stored and loaded whole with plain SQL. An update names the version it
 * was loaded at and fails with {@link OptimisticLockingFailureException} when someone
 * changed the question since.
 */
@Repository
class Questions {

	private static final String COLUMNS = """
			id, agency_id, channel, question_type, title, body, asker_name, asker_contact, consent, received_on,
			hotline_number, registered_by, created_at, answer, answered_on, answered_by, answered_by_name, published,
			public_title, public_body, public_answer, published_on, version""";

	private final JdbcClient jdbc;

	Questions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Question> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from consultation_question where id = :id")
			.param("id", id)
			.query(Questions::map)
			.optional();
	}

	Question load(long id) {
		return find(id).orElseThrow(() -> new RecordNotFound("留言", id));
	}

	/** Stores a new question; returns its id. */
	long insert(Question question, LocalDate dueOn, String trackingHash) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into consultation_question (agency_id, channel, question_type, title, body, asker_name,
				  asker_contact, consent, received_on, due_on, tracking_hash, hotline_number, registered_by, created_at,
				  version)
				values (:agency, :channel, :type, :title, :body, :name, :contact, :consent, :received, :due, :tracking,
				  :hotline, :registeredBy, :createdAt, 0)""")
			.param("agency", question.getAgencyId())
			.param("channel", question.getChannel().name())
			.param("type", question.getType().name())
			.param("title", question.getTitle())
			.param("body", question.getBody())
			.param("name", question.getAskerName())
			.param("contact", question.getAskerContact())
			.param("consent", question.isConsent())
			.param("received", question.getReceivedOn())
			.param("due", dueOn)
			.param("tracking", trackingHash)
			.param("hotline", question.getHotlineNumber())
			.param("registeredBy", question.getRegisteredBy())
			.param("createdAt", Timestamp.from(question.getCreatedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Stores the answer and publication of {@code question}, loaded at its version.
	 * @throws OptimisticLockingFailureException if the row changed since
	 */
	void update(Question question) {
		Question.PublicCopy copy = question.getPublicCopy();
		int updated = jdbc.sql("""
				update consultation_question set answer = :answer, answered_on = :answeredOn, answered_by = :answeredBy,
				  answered_by_name = :answeredByName, published = :published, public_title = :publicTitle,
				  public_body = :publicBody, public_answer = :publicAnswer, published_on = :publishedOn,
				  version = version + 1
				where id = :id and version = :version""")
			.param("answer", question.getAnswer())
			.param("answeredOn", question.getAnsweredOn())
			.param("answeredBy", question.getAnsweredBy())
			.param("answeredByName", question.getAnsweredByName())
			.param("published", question.isPublished())
			.param("publicTitle", copy == null ? null : copy.title())
			.param("publicBody", copy == null ? null : copy.body())
			.param("publicAnswer", copy == null ? null : copy.answer())
			.param("publishedOn", question.getPublishedOn())
			.param("id", question.getId())
			.param("version", question.getVersion())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("留言 " + question.getId() + " 已被他人修改，请刷新后重试");
		}
	}

	/** The question whose query code hashes to {@code trackingHash}. */
	Optional<Question> findByTracking(String trackingHash) {
		return jdbc.sql("select " + COLUMNS + " from consultation_question where tracking_hash = :hash")
			.param("hash", trackingHash)
			.query(Questions::map)
			.optional();
	}

	private static Question map(ResultSet rs, int row) throws SQLException {
		Question.Received received = new Question.Received(rs.getLong("agency_id"),
				QuestionChannel.valueOf(rs.getString("channel")), QuestionType.valueOf(rs.getString("question_type")),
				rs.getString("title"), rs.getString("body"), rs.getString("asker_name"), rs.getString("asker_contact"),
				rs.getBoolean("consent"), rs.getObject("received_on", LocalDate.class), rs.getString("hotline_number"));
		boolean published = rs.getBoolean("published");
		Question.PublicCopy copy = published ? new Question.PublicCopy(rs.getString("public_title"),
				rs.getString("public_body"), rs.getString("public_answer")) : null;
		long answeredBy = rs.getLong("answered_by");
		return new Question(rs.getLong("id"), received, rs.getString("registered_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class), rs.wasNull() ? null : answeredBy,
				rs.getString("answered_by_name"), published, copy, rs.getObject("published_on", LocalDate.class),
				rs.getInt("version"));
	}

}
