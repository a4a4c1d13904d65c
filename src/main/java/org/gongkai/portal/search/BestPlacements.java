package org.gongkai.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The best hits of the disjunction (the best one scores) of the ways to place a search's
 * chunks in the fields, with the same hits and scores as that disjunction, without
 * reading the placements that cannot score as high as those hits.
 * <p>
 * Lucene skips, within each placement, the blocks of entries that cannot reach the page,
 * but it still walks every placement's postings block by block to know: over a large
 * catalogue the placements of common words in the body (hundreds of thousands of entries,
 * each scoring far below a title match) were most of a two-word search's time. So each
 * placement's highest possible score (its bound, {@link ScoreBounds}) is known first; the
 * placement with the highest bound is searched alone; the score of its last collected hit
 * is a floor that the true best hits reach; only the placements whose bound reaches the
 * floor can hold an entry scoring as high, and they are searched together, told from the
 * start to skip what scores below the floor. An entry whose best placement is left out
 * scores below the floor and cannot be among the best hits, and every entry that can
 * keeps its best placement, hence its score. When the first placement alone has fewer
 * hits than asked (selective filters), every placement is searched.
 */
final class BestPlacements {

	private final ScoreBounds bounds = new ScoreBounds();

	/**
	 * The best hits, how many entries match (exactly up to {@link SearchQuery#MAX_RANK}),
	 * and how many of the placements were read for the hits (the others could not reach
	 * them).
	 */
	record Found(ScoreDoc[] hits, TotalHits total, int placements, int read) {
	}

	/**
	 * @param placements the ways to place the chunks, each a conjunction of one query per
	 * chunk (or one query for one chunk)
	 * @param filtered the search's filters around a query
	 * @param collect how many best hits
	 */
	Found search(IndexSearcher searcher, List<Query> placements, UnaryOperator<Query> filtered, int collect)
			throws IOException {
		Map<Query, Float> parts = new HashMap<>();
		List<Bounded> matching = new ArrayList<>();
		for (Query placement : placements) {
			double bound = bound(searcher, placement, parts);
			if (bound != Double.NEGATIVE_INFINITY) {
				matching.add(new Bounded(placement, bound));
			}
		}
		if (matching.isEmpty()) {
			return new Found(new ScoreDoc[0], new TotalHits(0, TotalHits.Relation.EQUAL_TO), placements.size(), 0);
		}
		matching.sort(Comparator.comparingDouble(Bounded::bound).reversed());
		Query every = filtered.apply(disjunction(matching));
		TopDocs alone = searcher.search(filtered.apply(matching.get(0).placement()),
				new TopScoreDocCollectorManager(collect, null, matching.size() == 1 ? SearchQuery.MAX_RANK : collect));
		if (matching.size() == 1) {
			return new Found(alone.scoreDocs, alone.totalHits, placements.size(), 1);
		}
		if (alone.scoreDocs.length < collect) {
			// Every placement is read, and counted as it is read.
			TopDocs all = searcher.search(every, new TopScoreDocCollectorManager(collect, null, SearchQuery.MAX_RANK));
			return new Found(all.scoreDocs, all.totalHits, placements.size(), matching.size());
		}
		double floor = alone.scoreDocs[collect - 1].score;
		// A margin for the rounding of float sums: a placement kept for nothing costs
		// time,
		// one left out wrongly would cost a hit.
		float reach = (float) (floor - Math.abs(floor) * 1e-5 - 1e-6);
		List<Bounded> kept = matching.stream().filter(placement -> placement.bound() >= reach).toList();
		TotalHits total = HitCount.upTo(searcher, every, SearchQuery.MAX_RANK);
		if (kept.size() == 1) {
			return new Found(alone.scoreDocs, total, placements.size(), 1);
		}
		TopDocs together = searcher.search(filtered.apply(disjunction(kept)), new AtLeast(collect, reach));
		return new Found(together.scoreDocs, total, placements.size(), kept.size());
	}

	/** A placement with the highest score it can give an entry. */
	private record Bounded(Query placement, double bound) {
	}

	/** The placements' disjunction, the best one scoring; a lone placement as it is. */
	private static Query disjunction(List<Bounded> placements) {
		return placements.size() == 1 ? placements.get(0).placement()
				: new DisjunctionMaxQuery(placements.stream().map(Bounded::placement).toList(), 0f);
	}

	/** How many segments hold words whose bounds were read (for the tests). */
	int segmentsKept() {
		return bounds.segmentsKept();
	}

	/**
	 * The highest score that a placement can give an entry: the sum of its parts' bounds
	 * (one part per chunk); minus infinity when a part matches nothing. Placements share
	 * their parts, so each part's bound is found once.
	 */
	private double bound(IndexSearcher searcher, Query placement, Map<Query, Float> parts) throws IOException {
		List<Query> chunks = placement instanceof BooleanQuery conjunction
				? conjunction.clauses().stream().map(BooleanClause::getQuery).toList() : List.of(placement);
		double sum = 0;
		for (Query chunk : chunks) {
			Float bound = parts.get(chunk);
			if (bound == null) {
				bound = bounds.of(searcher, chunk);
				parts.put(chunk, bound);
			}
			if (bound == Float.NEGATIVE_INFINITY) {
				return Double.NEGATIVE_INFINITY;
			}
			sum += bound;
		}
		return sum;
	}

	/**
	 * Collects the best hits as {@link TopScoreDocCollectorManager} does, telling the
	 * scorers from the start that no hit below {@code floor} is wanted: the best hits are
	 * known to reach it, so Lucene skips what cannot from the first entry on instead of
	 * raising its bar as the hits come.
	 */
	private static final class AtLeast implements CollectorManager<AtLeast.Floored, TopDocs> {

		private final TopScoreDocCollectorManager best;

		private final float floor;

		AtLeast(int collect, float floor) {
			this.best = new TopScoreDocCollectorManager(collect, null, collect);
			this.floor = floor;
		}

		@Override
		public Floored newCollector() throws IOException {
			return new Floored(best.newCollector(), floor);
		}

		@Override
		public TopDocs reduce(Collection<Floored> collectors) throws IOException {
			return best.reduce(collectors.stream().map(collector -> collector.best).toList());
		}

		/**
		 * A collector of the best hits whose scorers skip what scores below the floor.
		 */
		static final class Floored extends FilterCollector {

			private final TopScoreDocCollector best;

			private final float floor;

			Floored(TopScoreDocCollector best, float floor) {
				super(best);
				this.best = best;
				this.floor = floor;
			}

			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				return new FilterLeafCollector(super.getLeafCollector(context)) {

					@Override
					public void setScorer(Scorable scorer) throws IOException {
						scorer.setMinCompetitiveScore(floor);
						super.setScorer(new FilterScorable(scorer) {

							@Override
							public void setMinCompetitiveScore(float minScore) throws IOException {
								in.setMinCompetitiveScore(Math.max(minScore, floor));
							}

						});
					}

				};
			}

		}

	}

}
