package org.gongkai.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.shared.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes checkpoints of the trail to a place outside the database: a line of JSON
 * appended to the checkpoint file, and the log (logger
 * {@code org.gongkai.audit.checkpoint}, INFO). Each is also noted in the table
 * {@code audit_checkpoint}, so that a checkpoint file that disappears or loses lines is
 * noticed; verification trusts the signed file, not the table.
 * <p>
 * A checkpoint pins what is committed when it is taken: it reads the head in a
 * transaction of its own.
 */
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private static final Logger published = LoggerFactory.getLogger("org.gongkai.audit.checkpoint");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	private final Path file;

	private final String location;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	/** One line of the checkpoint file. */
	record Line(long seq, String hash, String at, String keyId, String location, String signature) {
	}

	/**
	 * What the checkpoint file holds: the checkpoints whose signature holds, and the
	 * first problem found with the file, if any.
	 */
	record Published(List<AuditCheckpoint> checkpoints, Optional<AuditTrail.Problem> problem, String message) {
	}

	AuditCheckpoints(JdbcClient jdbc, AuditKeys keys, Path file, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.file = file.toAbsolutePath().normalize();
		this.location = host() + ":" + this.file;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The file checkpoints are appended to. */
	Path file() {
		return file;
	}

	/**
	 * The scheduled publication: one instance per minute at most publishes (ShedLock's
	 * lock {@code audit.checkpoint}); a head that has not moved since this place's last
	 * checkpoint is not published again.
	 */
	@SchedulerLock(name = "audit.checkpoint", lockAtLeastFor = "PT1M", lockAtMostFor = "PT5M")
	public void publishScheduled() {
		publish();
	}

	/** Publishes a checkpoint at shutdown, while the database is still open. */
	@EventListener(ContextClosedEvent.class)
	void publishAtShutdown() {
		try {
			publish();
		}
		catch (RuntimeException e) {
			log.warn("No audit checkpoint at shutdown: {}", e.getMessage());
		}
	}

	/**
	 * Publishes the committed head unless it is empty or already this place's latest
	 * checkpoint.
	 * @return the checkpoint published, or empty if none was needed
	 */
	synchronized Optional<AuditCheckpoint> publish() {
		return ownTransaction.execute(status -> {
			var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.single();
			long seq = (Long) head[0];
			String hash = (String) head[1];
			if (seq == 0) {
				return Optional.<AuditCheckpoint>empty();
			}
			Optional<Long> previous = jdbc
				.sql("select seq from audit_checkpoint where location = :location order by id desc limit 1")
				.param("location", location)
				.query(Long.class)
				.optional();
			if (previous.isPresent() && previous.get() == seq && Files.exists(file)) {
				return Optional.<AuditCheckpoint>empty();
			}
			if (previous.isPresent() && previous.get() > seq) {
				log.error("The audit head went back from entry {} to {}: the trail was truncated", previous.get(), seq);
			}
			Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			AuditKeys.Key key = keys.signing();
			AuditCheckpoint checkpoint = new AuditCheckpoint(seq, hash, at, key.id(), location,
					AuditCheckpoint.sign(key, seq, hash, at, location));
			String line = JSON
				.writeValueAsString(new Line(seq, hash, at.toString(), key.id(), location, checkpoint.signature()));
			append(line);
			published.info("Audit checkpoint {}", line);
			jdbc.sql("""
					insert into audit_checkpoint (seq, hash, published_at, key_id, location, signature)
					values (:seq, :hash, :at, :key, :location, :signature)
					""")
				.param("seq", seq)
				.param("hash", hash)
				.param("at", Timestamp.from(at))
				.param("key", key.id())
				.param("location", location)
				.param("signature", checkpoint.signature())
				.update();
			return Optional.of(checkpoint);
		});
	}

	/**
	 * Reads the checkpoint file and compares it with the checkpoints the database says
	 * were published to it. Reads the table before the file, so that a checkpoint being
	 * published meanwhile is either in both or only in the file.
	 */
	Published published() {
		List<AuditCheckpoint> noted = jdbc
			.sql("select seq, hash, published_at, key_id, location, signature from audit_checkpoint"
					+ " where location = :location order by id")
			.param("location", location)
			.query(Rows.of(AuditCheckpoint.class))
			.list();
		if (!Files.exists(file)) {
			if (noted.isEmpty()) {
				return new Published(List.of(), Optional.empty(), "");
			}
			return new Published(List.of(), Optional.of(AuditTrail.Problem.CHECKPOINT_FILE_MISSING),
					"检查点文件 " + file + " 不存在，但已向它发布过 " + noted.size() + " 个检查点（文件被删除）");
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return new Published(List.of(), Optional.of(AuditTrail.Problem.CHECKPOINT_FILE_MISSING),
					"无法读取检查点文件 " + file + "：" + e.getMessage());
		}
		List<AuditCheckpoint> valid = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			Optional<AuditCheckpoint> checkpoint = parse(lines.get(i)).filter(read -> read.signedBy(keys));
			if (checkpoint.isEmpty()) {
				return new Published(valid, Optional.of(AuditTrail.Problem.CHECKPOINT_FORGED),
						"检查点文件 " + file + " 第 " + (i + 1) + " 行的签名不符（检查点被伪造或改动）");
			}
			valid.add(checkpoint.get());
		}
		for (AuditCheckpoint note : noted) {
			boolean present = valid.stream()
				.anyMatch(read -> read.seq() == note.seq() && read.hash().equals(note.hash())
						&& read.publishedAt().equals(note.publishedAt()));
			if (!present) {
				return new Published(valid, Optional.of(AuditTrail.Problem.CHECKPOINT_FILE_MISSING),
						"检查点文件 " + file + " 缺少 " + note.publishedAt() + " 发布的检查点（第 " + note.seq() + " 条；文件被删减或替换）");
			}
		}
		return new Published(valid, Optional.empty(), "");
	}

	private static Optional<AuditCheckpoint> parse(String text) {
		try {
			Line line = JSON.readValue(text, Line.class);
			if (line.hash() == null || line.at() == null || line.keyId() == null || line.location() == null
					|| line.signature() == null) {
				return Optional.empty();
			}
			return Optional.of(new AuditCheckpoint(line.seq(), line.hash(), Instant.parse(line.at()), line.keyId(),
					line.location(), line.signature()));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	private void append(String line) {
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot append to the audit checkpoint file " + file, e);
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException e) {
			return "localhost";
		}
	}

}
