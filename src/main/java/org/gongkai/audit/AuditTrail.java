package org.gongkai.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AuditableEvent} to the trail inside the transaction that made the
 * change, so that a change and its record commit or roll back together, and verifies the
 * chain.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records {@code event}; joins the publisher's transaction, or opens one when there
	 * is none.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		// Locking the head row serialises appends across threads and instances: the chain
		// never forks.
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
		jdbc.sql(
				"""
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

	/**
	 * The result of walking the chain: intact, or the first entry whose hash or link does
	 * not match.
	 */
	public record Verification(boolean intact, long entriesChecked, Optional<Long> firstBrokenSeq, String message) {
	}

	/**
	 * Walks the whole chain from the first entry and recomputes every hash.
	 * <p>
	 * It reads the head first and checks the entries up to the head's sequence only: an
	 * entry is committed with the head that counts it, so entries appended while the walk
	 * runs (on any instance) are left for the next verification instead of looking like a
	 * fork or a deleted tail.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((row, number) -> new Head(row.getLong("last_seq"), row.getString("last_hash")))
			.single();
		String expectedPrev = AuditChain.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (after < head.seq()) {
			List<AuditEntry> page = page(after, head.seq(), 5000);
			if (page.isEmpty()) {
				break;
			}
			for (AuditEntry entry : page) {
				if (entry.seq() != expectedSeq) {
					return new Verification(false, checked, Optional.of(expectedSeq),
							"缺少第 " + expectedSeq + " 条记录（已被删除）");
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return new Verification(false, checked, Optional.of(entry.seq()),
							"第 " + entry.seq() + " 条记录与前一条的链接不符");
				}
				if (!AuditChain.hashOf(entry).equals(entry.hash())) {
					return new Verification(false, checked, Optional.of(entry.seq()),
							"第 " + entry.seq() + " 条记录的内容已被改动");
				}
				expectedPrev = entry.hash();
				expectedSeq++;
				checked++;
				after = entry.seq();
			}
		}
		if (!head.hash().equals(expectedPrev)) {
			return new Verification(false, checked, Optional.of(expectedSeq), "链尾记录缺失（最后的记录已被删除）");
		}
		return new Verification(true, checked, Optional.empty(), "审计链完整，共核验 " + checked + " 条记录");
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
			.query(AuditEntry.class)
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
			.query(AuditEntry.class)
			.list();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
