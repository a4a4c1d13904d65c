package org.gongkai.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The documents of applications (attachments, notices, replies, proofs of service), stored in the database so that
 * every instance serves every file. Only PDF, PNG and JPEG are accepted, recognised by their first bytes (a renamed
 * executable stays refused), up to the configured size.
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

	/** The content type recognised from the first bytes of {@code content}, or empty for anything not accepted. */
	public static Optional<String> detectType(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/**
	 * Checks a file before anything is stored: non-empty, within the size limit, of an accepted type by content.
	 *
	 * @return the recognised content type
	 */
	public String check(UploadedFile file) {
		if (file.content() == null || file.content().length == 0) {
			throw new RuleViolation("upload.empty", "上传的文件“" + safeName(file.filename()) + "”是空文件");
		}
		if (file.content().length > properties.attachments().maxSize().toBytes()) {
			throw new RuleViolation("upload.too-large", "上传的文件“" + safeName(file.filename()) + "”超过 "
					+ properties.attachments().maxSize().toMegabytes() + " MB 的大小限制");
		}
		return detectType(file.content())
			.orElseThrow(() -> new RuleViolation("upload.type", "上传的文件“" + safeName(file.filename())
					+ "”不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）"));
	}

	/** Stores a checked file; returns its identifier. Call within the transaction that records the step. */
	long store(long requestId, int roundNo, DocumentKind kind, UploadedFile file, String uploadedBy) {
		String type = check(file);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
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
		return jdbc.sql("select count(*) from request_document where request_id = :request and kind = :kind and round_no = :round")
			.param("request", requestId)
			.param("kind", kind.name())
			.param("round", roundNo)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** The file name without any path, control characters or quotes, at most 200 characters. */
	static String safeName(String filename) {
		return safeName(filename, "附件");
	}

	/**
	 * An uploaded file's name made safe to store and show: no path, control characters or quotes, at most 200
	 * characters; {@code fallback} when nothing is left.
	 */
	public static String safeName(String filename, String fallback) {
		if (filename == null || filename.isBlank()) {
			return fallback;
		}
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
		if (name.isEmpty()) {
			return fallback;
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
