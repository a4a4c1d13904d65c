package org.gongkai.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.Rows;
import org.gongkai.shared.StoredTexts;
import org.gongkai.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends every {@link AuditableEvent} to the trail inside the transaction that made the
 * change, so that a change and its record commit or roll back together, and verifies the
 * chain.
 * <p>
 * Each entry is signed with the HMAC key of {@link AuditKeys} over its predecessor's
 * hash, so that nobody without the key, the database's owner included, can alter an entry
 * and recompute the chain; {@link AuditCheckpoints} pins the head outside the database,
 * so that deleting the newest entries and rolling the head back is detected as well.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	/** The key of the head held by the current transaction. */
	private final Object headKey = new Object();

	private final StoredTexts texts;

	AuditTrail(JdbcClient jdbc, Clock clock, AuditKeys keys, AuditCheckpoints checkpoints, StoredTexts texts) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
		this.keys = keys;
		this.checkpoints = checkpoints;
	}

	/**
	 * Records {@code event}; joins the publisher's transaction, or opens one when there
	 * is none.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		Head head = lockedHead();
		long seq = head.seq() + 1;
		String prev = head.hash();
		Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String summary = event.summary() == null ? "" : StoredTexts.cut(event.summary());
		String actor = truncate(event.actor(), 100);
		AuditKeys.Key key = keys.signing();
		String hash = AuditChain.mac(key, prev, seq, at, actor, event.agencyId(), event.action(), event.subjectType(),
				event.subjectId(), summary);
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, agency_id, action, subject_type, subject_id, summary,
				                         prev_hash, hash, key_id, summary_code, summary_args)
				values (:seq, :at, :actor, :agency, :action, :type, :id, :summary, :prev, :hash, :key, :code, :args)
				""")
			.param("seq", seq)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("agency", event.agencyId())
			.param("action", event.action())
			.param("type", event.subjectType())
			.param("id", event.subjectId())
			.param("summary", summary)
			.param("prev", prev)
			.param("hash", hash)
			.param("key", key.id())
			.param("code", event.summaryCode())
			.param("args", StoredTexts.encode(event.summaryArgs()))
			.update();
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
		remember(new Head(seq, hash));
	}

	/**
	 * The head, locked for this transaction. Locking the head row serialises appends
	 * across threads and instances, so the chain never forks; once locked, the
	 * transaction holds it to its end, so a later entry of the same transaction (a batch,
	 * a step with several events) takes the head it wrote last instead of reading it
	 * again.
	 */
	private Head lockedHead() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(headKey) instanceof HeldHead held) {
			return held.head;
		}
		return jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Keeps the head this transaction wrote, until it ends (suspended with it). */
	private void remember(Head head) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.getResource(headKey) instanceof HeldHead held) {
			held.head = head;
			return;
		}
		HeldHead held = new HeldHead(head);
		TransactionSynchronizationManager.bindResource(headKey, held);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(headKey);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(headKey, held);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(headKey);
			}

		});
	}

	/** The head a transaction holds locked and last wrote. */
	private static final class HeldHead {

		private Head head;

		HeldHead(Head head) {
			this.head = head;
		}

	}

	/** What verification found wrong, by kind. */
	public enum Problem {

		/** An entry of the sequence is missing (deleted in the middle). */
		ENTRY_MISSING,
		/** An entry does not link to its predecessor's hash. */
		LINK_BROKEN,
		/**
		 * An entry's content does not match its hash (altered, or re-hashed without the
		 * key).
		 */
		ENTRY_ALTERED,
		/** An entry without a key after keyed ones: written around the key. */
		UNKEYED_AFTER_KEYED,
		/** An entry signed with a key that is not in the ring. */
		UNKNOWN_KEY,
		/**
		 * The head names a hash the last entry does not have (the last entry deleted).
		 */
		TAIL_MISSING,
		/**
		 * The trail ends before a published checkpoint (newest entries deleted, head
		 * rolled back).
		 */
		TRUNCATED,
		/**
		 * An entry's hash differs from a published checkpoint's (the chain up to it
		 * rewritten).
		 */
		CHECKPOINT_MISMATCH,
		/**
		 * The checkpoint file, or checkpoints the database says were published to it, are
		 * gone.
		 */
		CHECKPOINT_FILE_MISSING,
		/** A line of the checkpoint file is not signed by a key of the ring. */
		CHECKPOINT_FORGED,
		/**
		 * An entry's message code and arguments (unsigned) no longer give back its signed
		 * Chinese summary.
		 */
		TEXT_ALTERED

	}

	/**
	 * The result of walking the chain: intact, or the first entry whose hash or link does
	 * not match, or the checkpoint it contradicts.
	 *
	 * @param checkpointSeq the highest sequence a published checkpoint pins, 0 if none
	 */
	public record Verification(boolean intact, long entriesChecked, Optional<Long> firstBrokenSeq, String message,
			Optional<Problem> problem, long checkpointSeq) {

		static Verification broken(long checked, long seq, Problem problem, String message, long checkpointSeq) {
			return new Verification(false, checked, Optional.of(seq), message, Optional.of(problem), checkpointSeq);
		}

	}

	/**
	 * Walks the whole chain from the first entry, recomputes every hash with the key
	 * ring, and compares it with the checkpoints published outside the database; when
	 * intact, publishes a checkpoint of the committed head.
	 * <p>
	 * It reads the checkpoints, then the head, and checks the entries up to the head's
	 * sequence only: an entry is committed with the head that counts it, so entries
	 * appended while the walk runs (on any instance) are left for the next verification
	 * instead of looking like a fork or a deleted tail, and no checkpoint read can be
	 * newer than the head.
	 * <p>
	 * Entries without a key (written before the chain was keyed) verify by plain SHA-256,
	 * but only before the first keyed entry, whose signature covers their last hash.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		AuditCheckpoints.Published published = checkpoints.published();
		Map<Long, AuditCheckpoint> pins = new HashMap<>();
		AuditCheckpoint newest = null;
		for (AuditCheckpoint checkpoint : published.checkpoints()) {
			pins.putIfAbsent(checkpoint.seq(), checkpoint);
			if (newest == null || checkpoint.seq() > newest.seq()) {
				newest = checkpoint;
			}
		}
		long pinned = newest == null ? 0 : newest.seq();
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((row, number) -> new Head(row.getLong("last_seq"), row.getString("last_hash")))
			.single();
		String expectedPrev = AuditChain.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		boolean keyed = false;
		while (after < head.seq()) {
			List<AuditEntry> page = page(after, head.seq(), 5000);
			if (page.isEmpty()) {
				break;
			}
			for (AuditEntry entry : page) {
				if (entry.seq() != expectedSeq) {
					return Verification.broken(checked, expectedSeq, Problem.ENTRY_MISSING,
							"缺少第 " + expectedSeq + " 条记录（已被删除）", pinned);
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return Verification.broken(checked, entry.seq(), Problem.LINK_BROKEN,
							"第 " + entry.seq() + " 条记录与前一条的链接不符", pinned);
				}
				if (entry.keyId() == null && keyed) {
					return Verification.broken(checked, entry.seq(), Problem.UNKEYED_AFTER_KEYED,
							"第 " + entry.seq() + " 条记录没有密钥签名，却在已签名的记录之后（绕过密钥写入）", pinned);
				}
				keyed = entry.keyId() != null;
				Optional<String> expected = AuditChain.expected(entry, keys);
				if (expected.isEmpty()) {
					return Verification.broken(checked, entry.seq(), Problem.UNKNOWN_KEY,
							"第 " + entry.seq() + " 条记录由未知的密钥 " + entry.keyId() + " 签名（密钥环中没有该密钥）", pinned);
				}
				if (!expected.get().equals(entry.hash())) {
					return Verification.broken(checked, entry.seq(), Problem.ENTRY_ALTERED,
							"第 " + entry.seq() + " 条记录的内容已被改动", pinned);
				}
				if (!texts.agrees(entry.summaryCode(), entry.summaryArgs(), entry.summary())) {
					return Verification.broken(checked, entry.seq(), Problem.TEXT_ALTERED,
							"第 " + entry.seq() + " 条记录的译文代码与记录内容不符（代码或参数已被改动）", pinned);
				}
				AuditCheckpoint pin = pins.get(entry.seq());
				if (pin != null && !pin.hash().equals(entry.hash())) {
					return Verification.broken(checked, entry.seq(), Problem.CHECKPOINT_MISMATCH,
							"第 " + entry.seq() + " 条记录与 " + pin.publishedAt() + " 发布的检查点不符（该条及之前的记录被重写）", pinned);
				}
				expectedPrev = entry.hash();
				expectedSeq++;
				checked++;
				after = entry.seq();
			}
		}
		if (!head.hash().equals(expectedPrev)) {
			return Verification.broken(checked, expectedSeq, Problem.TAIL_MISSING, "链尾记录缺失（最后的记录已被删除）", pinned);
		}
		if (newest != null && newest.seq() > head.seq()) {
			return Verification.broken(checked, head.seq() + 1, Problem.TRUNCATED,
					"审计链被截短：" + newest.publishedAt() + " 发布的检查点记录了 " + newest.seq() + " 条，现在只有 " + head.seq() + " 条（第 "
							+ (head.seq() + 1) + "–" + newest.seq() + " 条被删除，链头被回退）",
					pinned);
		}
		if (published.problem().isPresent()) {
			return new Verification(false, checked, Optional.empty(), published.message(), published.problem(), pinned);
		}
		try {
			checkpoints.publish();
		}
		catch (RuntimeException e) {
			log.warn("Verified, but no checkpoint published: {}", e.getMessage());
		}
		String against = newest == null ? "，尚无检查点"
				: "，与 " + newest.publishedAt() + " 发布的检查点（第 " + newest.seq() + " 条）一致";
		return new Verification(true, checked, Optional.empty(), "审计链完整，共核验 " + checked + " 条记录" + against,
				Optional.empty(), pinned);
	}

	/**
	 * What to look for in the trail; every part may be {@code null}. Dates are Beijing
	 * days, both inclusive.
	 *
	 * @param action an action key or its prefix, such as {@code staff.} or
	 * {@code sign-in.failed}
	 */
	public record Query(String actor, Long agencyId, String action, LocalDate from, LocalDate to) {
	}

	/**
	 * Whose entries a reader may see: those of {@code agencies}, plus entries of no
	 * agency (region-wide settings, unknown sign-in names) when {@code regionWide}.
	 */
	public record Scope(Set<Long> agencies, boolean regionWide) {
	}

	/** One page of entries, newest first, and how many match in all. */
	public record Page(List<AuditEntry> entries, int number, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return number + 1 < pages();
		}

		public boolean hasPrevious() {
			return number > 0;
		}

	}

	/**
	 * Entries matching {@code query} within {@code scope}, newest first, {@code size} to
	 * a page (at most 200).
	 */
	@Transactional(readOnly = true)
	public Page search(Query query, Scope scope, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int number = Math.max(0, page);
		if (scope.agencies().isEmpty() && !scope.regionWide()) {
			return new Page(List.of(), 0, pageSize, 0);
		}
		// Only fixed fragments are appended; every value is a bound parameter.
		StringBuilder where = new StringBuilder(" where ");
		Map<String, Object> params = new HashMap<>();
		if (scope.agencies().isEmpty()) {
			where.append("agency_id is null");
		}
		else {
			where.append(scope.regionWide() ? "(agency_id in (:scope) or agency_id is null)" : "agency_id in (:scope)");
			params.put("scope", scope.agencies());
		}
		if (query.actor() != null && !query.actor().isBlank()) {
			where.append(" and actor = :actor");
			params.put("actor", query.actor().strip());
		}
		if (query.agencyId() != null) {
			where.append(" and agency_id = :agency");
			params.put("agency", query.agencyId());
		}
		if (query.action() != null && !query.action().isBlank()) {
			where.append(" and action like :action");
			params.put("action", query.action().strip().replace("%", "").replace("_", "\\_") + "%");
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(Zones.BEIJING).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(Zones.BEIJING).toInstant()));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", (long) number * pageSize);
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_entry" + where + " order by seq desc limit :limit offset :offset")
			.params(params)
			.query(Rows.of(AuditEntry.class))
			.list();
		return new Page(entries, number, pageSize, total);
	}

	/** The distinct action keys recorded so far, for the filter's choices. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	private record Head(long seq, String hash) {
	}

	private List<AuditEntry> page(long after, long upTo, int size) {
		return jdbc.sql("select * from audit_entry where seq > :after and seq <= :upTo order by seq limit :size")
			.param("after", after)
			.param("upTo", upTo)
			.param("size", size)
			.query(Rows.of(AuditEntry.class))
			.list();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
