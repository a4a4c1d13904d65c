package org.gongkai.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The page cache's view of changes made through other instances: it reads the search
 * change log ({@code portal_search_change}, a row per change of the public catalogue,
 * written in the change's transaction) at most once per {@code check-interval} and says
 * whether a row committed since the previous read.
 * <p>
 * A late commit can take an id below the highest one read before, so the highest id alone
 * would miss it: the watch counts the rows above a floor, and the count grows with every
 * commit above the floor. The floor moves up to the highest id read at least
 * {@link #FLOOR_LAG} earlier, so a row below it belongs to a transaction that held its
 * change longer than that; such a change shows when the copies expire
 * ({@link PortalPageCache#FRESH_FOR}). Reading the log is one index range scan over the
 * rows of the last minute or two.
 */
@Component
class CatalogueChangeWatch {

	private static final Logger log = LoggerFactory.getLogger(CatalogueChangeWatch.class);

	/** How far behind the newest row the floor of the count stays. */
	static final Duration FLOOR_LAG = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration interval;

	private final ReentrantLock reading = new ReentrantLock();

	/** When the log was last read; null before the first read or after a failed one. */
	private volatile Instant readAt;

	private long floor = -1;

	private long count;

	private long highest;

	private long nextFloor;

	private Instant nextFloorFrom;

	CatalogueChangeWatch(JdbcClient jdbc, Clock clock,
			@Value("${gongkai.portal.page-cache.check-interval:PT1S}") Duration interval) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.interval = interval;
	}

	/** How often at most the log is read; the bound on another instance's change. */
	Duration interval() {
		return interval;
	}

	/** The outcome of {@link #check()}. */
	enum Seen {

		/** Read within the interval and nothing new: cached pages may be served. */
		UNCHANGED,

		/**
		 * Something committed since the last read (or it is the first): drop the pages.
		 */
		CHANGED,

		/** Reading failed: render without the cache. */
		UNKNOWN

	}

	/** Reads the log if the last read is older than the interval. */
	Seen check() {
		if (recent(clock.instant())) {
			return Seen.UNCHANGED;
		}
		// The others wait for the one read (an index range scan) rather than render.
		reading.lock();
		try {
			Instant now = clock.instant();
			return recent(now) ? Seen.UNCHANGED : read(now);
		}
		catch (RuntimeException e) {
			readAt = null;
			log.warn("Reading the change log for the page cache failed: {}", e.toString());
			return Seen.UNKNOWN;
		}
		finally {
			reading.unlock();
		}
	}

	private boolean recent(Instant now) {
		Instant last = readAt;
		return last != null && !last.isAfter(now) && last.plus(interval).isAfter(now);
	}

	private Seen read(Instant now) {
		if (floor < 0) {
			highest = jdbc.sql("select coalesce(max(id), 0) from portal_search_change").query(Long.class).single();
			floor = highest;
			count = 0;
			nextFloor = highest;
			nextFloorFrom = now;
			readAt = now;
			return Seen.CHANGED;
		}
		// One statement, so that the count above the next floor belongs to the same
		// snapshot.
		long[] row = jdbc.sql("""
				select count(*), coalesce(max(id), :floor), count(case when id > :next then 1 end)
				from portal_search_change where id > :floor""")
			.param("floor", floor)
			.param("next", nextFloor)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		boolean changed = row[0] != count || row[1] != highest;
		highest = row[1];
		count = row[0];
		if (!nextFloorFrom.plus(FLOOR_LAG).isAfter(now)) {
			floor = nextFloor;
			count = row[2];
			nextFloor = highest;
			nextFloorFrom = now;
		}
		readAt = now;
		return changed ? Seen.CHANGED : Seen.UNCHANGED;
	}

}
