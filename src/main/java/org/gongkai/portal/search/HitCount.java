package org.gongkai.portal.search;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TotalHits;

/**
 * How many entries a query matches, counted exactly up to a limit and "more than the
 * limit" beyond: a visitor is shown at most {@link SearchQuery#MAX_RANK} results, and
 * counting every match of a common word would read hundreds of thousands of entries.
 */
final class HitCount implements CollectorManager<SimpleCollector, Integer> {

	/** One more than the limit: counting stops there. */
	private final int enough;

	private final AtomicInteger counted = new AtomicInteger();

	private HitCount(int limit) {
		this.enough = limit + 1;
	}

	/**
	 * The number of matches when at most {@code limit}; else {@code limit}, as a lower
	 * bound (shown as "more than").
	 */
	static TotalHits upTo(IndexSearcher searcher, Query query, int limit) throws IOException {
		int counted = searcher.search(query, new HitCount(limit));
		return counted > limit ? new TotalHits(limit, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO)
				: new TotalHits(counted, TotalHits.Relation.EQUAL_TO);
	}

	/** Counts into one total on every slice of the index and stops each when enough. */
	@Override
	public SimpleCollector newCollector() {
		return new SimpleCollector() {

			@Override
			public void collect(int doc) {
				if (counted.incrementAndGet() >= enough) {
					throw new CollectionTerminatedException();
				}
			}

			@Override
			protected void doSetNextReader(LeafReaderContext context) {
				if (counted.get() >= enough) {
					throw new CollectionTerminatedException();
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		};
	}

	@Override
	public Integer reduce(Collection<SimpleCollector> collectors) {
		return Math.min(counted.get(), enough);
	}

}
