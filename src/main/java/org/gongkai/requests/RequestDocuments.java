package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The documents of applications (attachments, notices, replies, proofs of service),
 * stored in the database so that every instance serves every file. Each file passes the
 * shared upload rules ({@link Uploads}) with the configured size limit.
 */
@Component
public class RequestDocuments {

	/** A stored document without its bytes. */
	public record Document(long id, long requestId, int roundNo, DocumentKind kind, String filename, String contentType,
			long size, Instant uploadedAt, String uploadedBy) {
	}

	private final JdbcClient jdbc;

	private final RequestsProperties properties;

	private final Clock clock;

	RequestDocuments(JdbcClient jdbc, RequestsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks a file before anything is stored: non-empty, within the size limit, of an
	 * accepted type by content.
	 * @return the recognised content type
	 */
	public String check(UploadedFile file) {
		return Uploads.check(file, properties.attachments().maxSize(), "附件");
	}

	/**
	 * Stores a checked file; returns its identifier. Call within the transaction that
	 * records the step.
	 */
	long store(long requestId, int roundNo, DocumentKind kind, UploadedFile file, String uploadedBy) {
		String type = check(file);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into request_document (request_id, round_no, kind, filename, content_type, size, content, uploaded_at, uploaded_by)
						values (:request, :round, :kind, :filename, :type, :size, :content, :at, :by)
						""")
			.param("request", requestId)
			.param("round", roundNo)
			.param("kind", kind.name())
			.param("filename", safeName(file.filename()))
			.param("type", type)
			.param("size", file.content().length)
			.param("content", file.content())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", uploadedBy)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The documents of an application, oldest first. */
	public List<Document> of(long requestId) {
		return jdbc.sql("""
				select id, request_id, round_no, kind, filename, content_type, size, uploaded_at, uploaded_by
				from request_document where request_id = :request order by id
				""").param("request", requestId).query(Document.class).list();
	}

	/** One document's description. */
	public Optional<Document> find(long documentId) {
		return jdbc.sql("""
				select id, request_id, round_no, kind, filename, content_type, size, uploaded_at, uploaded_by
				from request_document where id = :id
				""").param("id", documentId).query(Document.class).optional();
	}

	/** One document's bytes. */
	public byte[] content(long documentId) {
		return jdbc.sql("select content from request_document where id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	boolean has(long requestId, DocumentKind kind, int roundNo) {
		return jdbc.sql(
				"select count(*) from request_document where request_id = :request and kind = :kind and round_no = :round")
			.param("request", requestId)
			.param("kind", kind.name())
			.param("round", roundNo)
			.query(Long.class)
			.single() > 0;
	}

	/** The file name as stored and shown ({@link Uploads#safeName}). */
	static String safeName(String filename) {
		return Uploads.safeName(filename, "附件");
	}

}
