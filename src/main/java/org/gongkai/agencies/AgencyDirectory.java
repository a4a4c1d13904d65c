package org.gongkai.agencies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published list of the hierarchy for public pages: every region, agency and
 * supervising office by name, read on the portal's busiest page.
 * <p>
 * Held for at most {@link #FRESH_FOR} and dropped at once when this instance changes an
 * agency; another instance's change shows here within that time. That bound, not a shared
 * cache, keeps several instances consistent enough for a page that changes a few times a
 * year.
 */
@Service
@NamedInterface("api")
public class AgencyDirectory {

	/** How long a read list is served before it is read again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final Agencies agencies;

	private final Clock clock;

	private volatile Snapshot snapshot;

	/**
	 * Counts the drops: a list read while an agency changed is not kept, since it may
	 * have been read before the change committed (another thread, such as the search
	 * feed, reading while this instance creates an agency).
	 */
	private final AtomicLong drops = new AtomicLong();

	AgencyDirectory(Agencies agencies, Clock clock) {
		this.agencies = agencies;
		this.clock = clock;
	}

	/** An entry of the directory. */
	public record Entry(Long id, Long parentId, AgencyKind kind, String name) {
	}

	private record Snapshot(List<Entry> entries, Instant readAt) {
	}

	/**
	 * Every entry: regions first, then supervising offices and agencies, each by name.
	 */
	public List<Entry> entries() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || !current.readAt().plus(FRESH_FOR).isAfter(now) || current.readAt().isAfter(now)) {
			long dropsBefore = drops.get();
			List<Entry> read = agencies.findAll()
				.stream()
				.map(agency -> new Entry(agency.getId(), agency.getParentId(), agency.getKind(), agency.getName()))
				.sorted(Comparator.comparing(Entry::kind).thenComparing(Entry::name))
				.toList();
			current = new Snapshot(read, now);
			if (drops.get() == dropsBefore) {
				snapshot = current;
			}
		}
		return current.entries();
	}

	/**
	 * When the list now held was read from the database, or empty if none is held: a
	 * cache built on this list (the portal's page) must expire {@link #FRESH_FOR} after
	 * that time, not after its own, so that the two do not stack.
	 */
	public Optional<Instant> readAt() {
		Snapshot current = snapshot;
		return current == null ? Optional.empty() : Optional.of(current.readAt());
	}

	/** The regions. */
	public List<Entry> regions() {
		return entries().stream().filter(entry -> entry.kind() == AgencyKind.REGION).toList();
	}

	/** The supervising offices and agencies, which each have a disclosure column. */
	public List<Entry> disclosing() {
		return entries().stream().filter(entry -> entry.kind() != AgencyKind.REGION).toList();
	}

	@EventListener({ AgencyCreated.class, AgencyUpdated.class })
	void agencyChanged() {
		drops.incrementAndGet();
		snapshot = null;
	}

	// Again once the change committed or rolled back, so that a list read in between is
	// not kept.
	@TransactionalEventListener(classes = { AgencyCreated.class, AgencyUpdated.class },
			phase = TransactionPhase.AFTER_COMPLETION)
	void agencyChangeCompleted() {
		drops.incrementAndGet();
		snapshot = null;
	}

}
