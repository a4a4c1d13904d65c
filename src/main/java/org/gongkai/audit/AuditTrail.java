package org.gongkai.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AuditableEvent} to the trail inside the transaction that made the change, so that a change and
 * its record commit or roll back together, and verifies the chain.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records {@code event}; joins the publisher's transaction, or opens one when there is none. */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		// Locking the head row serialises appends across threads and instances: the chain never forks.
		var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long seq = (Long) head[0] + 1;
		String prev = (String) head[1];
		Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String summary = event.summary() == null ? "" : truncate(event.summary(), 4000);
		String actor = truncate(event.actor(), 100);
		String hash = AuditChain.hash(prev, seq, at, actor, event.agencyId(), event.action(), event.subjectType(),
				event.subjectId(), summary);
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, agency_id, action, subject_type, subject_id, summary, prev_hash, hash)
				values (:seq, :at, :actor, :agency, :action, :type, :id, :summary, :prev, :hash)
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
			.update();
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
	}

	/** The result of walking the chain: intact, or the first entry whose hash or link does not match. */
	public record Verification(boolean intact, long entriesChecked, Optional<Long> firstBrokenSeq, String message) {
	}

	/** Walks the whole chain from the first entry and recomputes every hash. */
	@Transactional(readOnly = true)
	public Verification verify() {
		String expectedPrev = AuditChain.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<AuditEntry> page = page(after, 5000);
			if (page.isEmpty()) {
				break;
			}
			for (AuditEntry entry : page) {
				if (entry.seq() != expectedSeq) {
					return new Verification(false, checked, Optional.of(expectedSeq), "缺少第 " + expectedSeq + " 条记录（已被删除）");
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return new Verification(false, checked, Optional.of(entry.seq()), "第 " + entry.seq() + " 条记录与前一条的链接不符");
				}
				if (!AuditChain.hashOf(entry).equals(entry.hash())) {
					return new Verification(false, checked, Optional.of(entry.seq()), "第 " + entry.seq() + " 条记录的内容已被改动");
				}
				expectedPrev = entry.hash();
				expectedSeq++;
				checked++;
				after = entry.seq();
			}
		}
		String headHash = jdbc.sql("select last_hash from audit_head where id = 1").query(String.class).single();
		if (!headHash.equals(expectedPrev)) {
			return new Verification(false, checked, Optional.of(expectedSeq), "链尾记录缺失（最后的记录已被删除）");
		}
		return new Verification(true, checked, Optional.empty(), "审计链完整，共核验 " + checked + " 条记录");
	}

	/** Entries matching the filter, newest first. Any filter argument may be {@code null}. */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(String actor, Long agencyId, String action, Instant from, Instant to, int limit) {
		StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (actor != null && !actor.isBlank()) {
			sql.append(" and actor = ?");
			args.add(actor);
		}
		if (agencyId != null) {
			sql.append(" and agency_id = ?");
			args.add(agencyId);
		}
		if (action != null && !action.isBlank()) {
			sql.append(" and action like ?");
			args.add(action + "%");
		}
		if (from != null) {
			sql.append(" and occurred_at >= ?");
			args.add(Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" and occurred_at < ?");
			args.add(Timestamp.from(to));
		}
		sql.append(" order by seq desc limit ").append(Math.max(1, Math.min(limit, 1000)));
		return jdbc.sql(sql.toString()).params(args).query(AuditEntry.class).list();
	}

	private List<AuditEntry> page(long after, int size) {
		return jdbc.sql("select * from audit_entry where seq > :after order by seq limit :size")
			.param("after", after)
			.param("size", size)
			.query(AuditEntry.class)
			.list();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
