package org.gongkai.portal.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.disclosure.PublicCatalogue;
import org.gongkai.disclosure.PublicEntryChanged;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps the search index in step with the database, on every instance.
 * <ul>
 * <li>Every change of the public catalogue ({@link PublicEntryChanged}) appends a row to
 * {@code portal_search_change} in the transaction of the change, so the row exists
 * exactly when the change committed.</li>
 * <li>The instance that made the change updates its index at once after the commit.</li>
 * <li>Every instance polls the log ({@code gongkai.portal.search.poll-interval}, 0.5 s)
 * for rows above the highest id it applied, and again for the rows of the last
 * {@code lookback} (60 s), because a transaction that took an id earlier may commit
 * later. Applying a row re-reads the entry from the database (index it if public, remove
 * it if not), so applying twice is harmless and the index converges to the database.</li>
 * <li>At start each instance rebuilds its index from the database, noting the log's
 * highest id first so that changes during the rebuild are applied after it. A row with
 * entry 0 (written by the {@code reindex} command) asks every instance to rebuild.</li>
 * <li>Every read that succeeded is published as a {@link ChangeLogRead}, saying whether
 * it found a change: the portal's page cache follows other instances through it instead
 * of reading the log a second time.</li>
 * </ul>
 */
@Component
public class IndexFeed {

	private static final Logger log = LoggerFactory.getLogger(IndexFeed.class);

	private static final int BATCH = 500;

	private final CatalogueIndex index;

	private final PublicCatalogue catalogue;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Duration pollInterval;

	private final Duration lookback;

	private final Duration retention;

	private final boolean commandLine;

	private final AtomicLong appliedUpTo = new AtomicLong(-1);

	private final CountDownLatch ready = new CountDownLatch(1);

	/** The log rows of the lookback window this instance has seen, with when. */
	private final Map<Long, Instant> seenInWindow = new HashMap<>();

	private ScheduledExecutorService poller;

	IndexFeed(CatalogueIndex index, PublicCatalogue catalogue, AgencyDirectory agencies, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events,
			@Value("${gongkai.portal.search.poll-interval:PT0.5S}") Duration pollInterval,
			@Value("${gongkai.portal.search.lookback:PT60S}") Duration lookback,
			@Value("${gongkai.portal.search.retention:P7D}") Duration retention,
			@Value("${gongkai.cli:false}") boolean commandLine) {
		this.index = index;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.pollInterval = pollInterval;
		this.lookback = lookback;
		this.retention = retention;
		this.commandLine = commandLine;
	}

	/** Logs the change in its transaction. */
	@EventListener
	void logChange(PublicEntryChanged change) {
		record(change.entryId());
	}

	/** Applies the change to this instance's index once it committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void applyCommitted(PublicEntryChanged change) {
		try {
			apply(change.entryId());
		}
		catch (RuntimeException e) {
			// the poll applies it again
			log.warn("Indexing entry {} failed: {}", change.entryId(), e.toString());
		}
	}

	/**
	 * Asks every instance to rebuild its index from the database (the reindex command).
	 */
	public void requestRebuild() {
		record(0);
	}

	/** Appends a row to the change log; entry 0 asks every instance to rebuild. */
	void record(long entryId) {
		jdbc.sql("insert into portal_search_change (entry_id, recorded_at) values (:entry, :at)")
			.param("entry", entryId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (commandLine || poller != null) {
			return;
		}
		poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "portal-search-feed");
			thread.setDaemon(true);
			return thread;
		});
		poller.execute(() -> {
			try {
				rebuild();
			}
			catch (RuntimeException e) {
				log.error("Building the search index failed", e);
			}
			finally {
				ready.countDown();
			}
		});
		poller.scheduleWithFixedDelay(this::pollQuietly, pollInterval.toMillis(), pollInterval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		if (poller != null) {
			poller.shutdownNow();
		}
	}

	/** How often the log is read. */
	public Duration pollInterval() {
		return pollInterval;
	}

	/** Waits until the first build finished; whether it did in time. */
	public boolean awaitReady(Duration timeout) throws InterruptedException {
		return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Rebuilds the index from the database; changes logged meanwhile are applied after.
	 * @return how many entries were indexed
	 */
	public synchronized long rebuild() {
		long mark = highestLogged();
		long started = System.nanoTime();
		long count = index.replaceAll(new Walk(catalogue));
		appliedUpTo.accumulateAndGet(mark, Math::max);
		log.info("Search index built: {} entries in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		poll();
		return count;
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			log.warn("Polling the search change log failed: {}", e.toString());
		}
	}

	/** Applies the rows logged since the last poll (and those of the lookback window). */
	public synchronized int poll() {
		long mark = appliedUpTo.get();
		Instant readAt = clock.instant();
		Instant since = readAt.minus(lookback);
		List<long[]> rows = jdbc.sql("""
				select id, entry_id from portal_search_change where id > :mark or recorded_at >= :since
				order by id""")
			.param("mark", mark)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		// A row of the window applied before is not applied again: only a row that
		// committed late (below the mark) is new to this instance.
		seenInWindow.values().removeIf(at -> at.isBefore(since));
		Set<Long> entries = new LinkedHashSet<>();
		boolean rebuild = false;
		long highest = mark;
		Instant now = clock.instant();
		for (long[] row : rows) {
			if (seenInWindow.putIfAbsent(row[0], now) != null) {
				continue;
			}
			if (row[1] == 0) {
				rebuild |= row[0] > mark;
			}
			else {
				entries.add(row[1]);
			}
			highest = Math.max(highest, row[0]);
		}
		// Told before the index is updated, so that copies of pages are dropped at once.
		events.publishEvent(new ChangeLogRead(readAt, rebuild || !entries.isEmpty()));
		if (rebuild) {
			appliedUpTo.accumulateAndGet(highest, Math::max);
			rebuild();
			return rows.size();
		}
		List<Long> ids = new ArrayList<>(entries);
		for (int from = 0; from < ids.size(); from += BATCH) {
			apply(ids.subList(from, Math.min(ids.size(), from + BATCH)));
		}
		appliedUpTo.accumulateAndGet(highest, Math::max);
		return entries.size();
	}

	/** The highest change-log id this instance applied (its watermark). */
	public long appliedUpTo() {
		return appliedUpTo.get();
	}

	private long highestLogged() {
		return jdbc.sql("select coalesce(max(id), 0) from portal_search_change").query(Long.class).single();
	}

	/** Indexes the entry if public, removes it otherwise. */
	public void apply(long entryId) {
		catalogue.entry(entryId).ifPresentOrElse(entry -> index.put(indexed(entry)), () -> index.remove(entryId));
	}

	/**
	 * Indexes those of the entries that are public and removes the others, as one update
	 * of the index (one refresh for the batch).
	 */
	void apply(List<Long> entryIds) {
		List<PublicCatalogue.Entry> found = new ArrayList<>();
		List<Long> removed = new ArrayList<>();
		for (long entryId : entryIds) {
			catalogue.entry(entryId).ifPresentOrElse(found::add, () -> removed.add(entryId));
		}
		Map<Long, List<PublicCatalogue.AttachmentFile>> files = found.isEmpty() ? Map.of()
				: catalogue.attachmentFiles(found.stream().map(PublicCatalogue.Entry::id).toList());
		List<IndexedEntry> put = new ArrayList<>();
		for (PublicCatalogue.Entry entry : found) {
			put.add(indexed(entry, files.getOrDefault(entry.id(), List.of())));
		}
		index.update(put, removed);
	}

	private IndexedEntry indexed(PublicCatalogue.Entry entry) {
		return indexed(entry, catalogue.attachmentFiles(List.of(entry.id())).getOrDefault(entry.id(), List.of()));
	}

	private IndexedEntry indexed(PublicCatalogue.Entry entry, List<PublicCatalogue.AttachmentFile> files) {
		StringBuilder text = new StringBuilder();
		for (PublicCatalogue.AttachmentFile file : files) {
			text.append(file.filename()).append('\n');
			text.append(AttachmentText.of(file.filename(), file.contentType(), file.content())).append('\n');
		}
		String body = entry.body() == null ? "" : Jsoup.parse(entry.body()).text();
		String summary = entry.summary() == null ? "" : entry.summary();
		return new IndexedEntry(entry.id(), entry.agencyId(), agencyName(entry.agencyId()), entry.indexNumber(),
				entry.title(), summary + "\n" + body, text.toString(), entry.documentNumber(), entry.article20Item(),
				entry.topic(), entry.validity(), entry.publishedOn());
	}

	private String agencyName(long agencyId) {
		return agencies.entries()
			.stream()
			.filter(entry -> entry.id() == agencyId)
			.map(AgencyDirectory.Entry::name)
			.findFirst()
			.orElse("");
	}

	/** Drops the log's rows older than the retention (one instance, daily). */
	@Scheduled(cron = "${gongkai.portal.search.purge-cron:0 40 3 * * *}")
	@SchedulerLock(name = "portal.search-log-purge", lockAtLeastFor = "PT1H", lockAtMostFor = "PT6H")
	public void purge() {
		jdbc.sql("delete from portal_search_change where recorded_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(retention)))
			.update();
	}

	/** Every public entry in id order, a batch at a time, with its attachments' text. */
	private final class Walk implements Iterator<IndexedEntry> {

		private final PublicCatalogue source;

		private List<IndexedEntry> batch = new ArrayList<>();

		private int next;

		private long after;

		private boolean done;

		Walk(PublicCatalogue source) {
			this.source = source;
		}

		@Override
		public boolean hasNext() {
			if (next < batch.size()) {
				return true;
			}
			if (done) {
				return false;
			}
			List<PublicCatalogue.Entry> read = source.entriesAfter(after, BATCH);
			if (read.size() < BATCH) {
				done = true;
			}
			if (read.isEmpty()) {
				return false;
			}
			after = read.get(read.size() - 1).id();
			Map<Long, List<PublicCatalogue.AttachmentFile>> files = source
				.attachmentFiles(read.stream().map(PublicCatalogue.Entry::id).toList());
			batch = new ArrayList<>();
			for (PublicCatalogue.Entry entry : read) {
				batch.add(indexed(entry, files.getOrDefault(entry.id(), List.of())));
			}
			next = 0;
			return true;
		}

		@Override
		public IndexedEntry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return batch.get(next++);
		}

	}

}
