package org.gongkai.appeals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.Rows;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The documents of cases (filings, defences, decisions and judgments), stored in the
 * database so that every instance serves every file. Each file passes the shared upload
 * rules ({@link Uploads}) with the configured size limit.
 */
@Component
public class AppealDocuments {

	/** A stored document without its bytes. */
	public record Document(long id, long appealId, AppealDocumentKind kind, String filename, String contentType,
			long size, Instant uploadedAt, String uploadedBy) {
	}

	private final JdbcClient jdbc;

	private final AppealsProperties properties;

	AppealDocuments(JdbcClient jdbc, AppealsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Checks a file before anything is stored: non-empty, within the size limit, a PDF or
	 * an image by content.
	 * @return the recognised content type
	 */
	String check(UploadedFile file) {
		return Uploads.check(file, properties.maxDocumentSize(), "文书");
	}

	/**
	 * Stores a checked file; returns its identifier. Call within the transaction that
	 * records the attachment.
	 */
	long store(long appealId, AppealDocumentKind kind, UploadedFile file, String uploadedBy, Instant now) {
		String type = check(file);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into appeal_document (appeal_id, kind, filename, content_type, size, content, uploaded_at, uploaded_by)
						values (:appeal, :kind, :filename, :type, :size, :content, :at, :by)
						""")
			.param("appeal", appealId)
			.param("kind", kind.name())
			.param("filename", safeName(file.filename()))
			.param("type", type)
			.param("size", file.content().length)
			.param("content", file.content())
			.param("at", Timestamp.from(now))
			.param("by", uploadedBy)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The documents of a case, oldest first. */
	public List<Document> of(long appealId) {
		return jdbc.sql("""
				select id, appeal_id, kind, filename, content_type, size, uploaded_at, uploaded_by
				from appeal_document where appeal_id = :appeal order by id
				""").param("appeal", appealId).query(Rows.of(Document.class)).list();
	}

	/** One document's description, if it belongs to case {@code appealId}. */
	public Optional<Document> find(long appealId, long documentId) {
		return jdbc.sql("""
				select id, appeal_id, kind, filename, content_type, size, uploaded_at, uploaded_by
				from appeal_document where id = :id and appeal_id = :appeal
				""").param("id", documentId).param("appeal", appealId).query(Rows.of(Document.class)).optional();
	}

	/** One document's bytes. */
	byte[] content(long documentId) {
		return jdbc.sql("select content from appeal_document where id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	/** The file name as stored and shown ({@link Uploads#safeName}). */
	static String safeName(String filename) {
		return Uploads.safeName(filename, "文书");
	}

}
