package org.gongkai.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The highest score that a chunk of words in one field can give any entry of the index,
 * for {@link BestPlacements} to leave out the placements that cannot reach the best hits.
 * <p>
 * A word's score grows with its frequency in the field and falls with the field's length,
 * and the index keeps, for each range of a word's postings, the (frequency, length) pairs
 * that can score best in it (impacts). A word's bound is its scorer applied to those
 * pairs over the widest ranges: close to the true best score. Lucene's own bound for the
 * whole index assumes the shortest field and an unbounded frequency, about twice the true
 * score of a title word, too loose to leave anything out.
 * <p>
 * A segment of the index never changes, so each word's best pairs in a segment are read
 * once and kept with the segment (they are few: none dominates another), and dropped when
 * it is closed; the scorer, whose statistics change with every change to the index, is
 * applied to them at each search.
 */
final class ScoreBounds {

	/** Words kept per segment; beyond, the segment's words are read again. */
	static final int WORDS_PER_SEGMENT = 20_000;

	private static final long[] NONE = new long[0];

	/** Per segment, per word: its best pairs, frequency and length alternating. */
	private final Map<IndexReader.CacheKey, Map<Term, long[]>> segments = new ConcurrentHashMap<>();

	/**
	 * The highest score of a chunk in one field ({@code part}: a word, the conjunction of
	 * a chunk's words, or a quoted phrase, boosted by its field's weight) over the whole
	 * index; minus infinity when nothing matches. Words score the sum of their scores, so
	 * a chunk's bound is the sum of its words'; a phrase's is found from its words'
	 * ({@link #phrase}); any other query takes Lucene's own bound.
	 */
	float of(IndexSearcher searcher, Query part) throws IOException {
		float boost = 1f;
		Query inner = part;
		if (part instanceof BoostQuery boosted) {
			boost = boosted.getBoost();
			inner = boosted.getQuery();
		}
		PhraseQuery phrase = phraseOf(inner);
		if (phrase != null) {
			return phrase(searcher, phrase, boost);
		}
		List<Term> terms = termsOf(inner);
		if (terms == null) {
			return lucenes(searcher, part);
		}
		double sum = 0;
		for (Term term : terms) {
			float bound = word(searcher, term, boost);
			if (bound == Float.NEGATIVE_INFINITY) {
				return Float.NEGATIVE_INFINITY;
			}
			sum += bound;
		}
		return (float) sum;
	}

	/** How many segments hold words read (for the tests). */
	int segmentsKept() {
		return segments.size();
	}

	/**
	 * The terms of a term query or of a conjunction of term queries; {@code null} for any
	 * other query.
	 */
	private static List<Term> termsOf(Query query) {
		if (query instanceof TermQuery term) {
			return List.of(term.getTerm());
		}
		if (!(query instanceof BooleanQuery conjunction)) {
			return null;
		}
		List<Term> terms = new ArrayList<>();
		for (BooleanClause clause : conjunction.clauses()) {
			if (clause.getOccur() != BooleanClause.Occur.MUST || !(clause.getQuery() instanceof TermQuery term)) {
				return null;
			}
			terms.add(term.getTerm());
		}
		return terms;
	}

	/**
	 * A quoted phrase (the exact phrase query, alone or with the filters of its pairs of
	 * words); {@code null} for any other query.
	 */
	private static PhraseQuery phraseOf(Query query) {
		if (query instanceof PhraseQuery phrase) {
			return phrase.getSlop() == 0 ? phrase : null;
		}
		if (!(query instanceof BooleanQuery conjunction)) {
			return null;
		}
		PhraseQuery phrase = null;
		for (BooleanClause clause : conjunction.clauses()) {
			if (clause.getOccur() == BooleanClause.Occur.MUST && clause.getQuery() instanceof PhraseQuery found
					&& phrase == null && found.getSlop() == 0) {
				phrase = found;
			}
			else if (clause.getOccur() != BooleanClause.Occur.FILTER) {
				return null;
			}
		}
		return phrase;
	}

	/**
	 * The highest score of a word in any entry, scored as its term query scores it (the
	 * same similarity, statistics and boost).
	 */
	private float word(IndexSearcher searcher, Term term, float boost) throws IOException {
		TermStates states = TermStates.build(searcher, term, true);
		if (states.docFreq() == 0) {
			return Float.NEGATIVE_INFINITY;
		}
		Similarity.SimScorer scorer = searcher.getSimilarity()
			.scorer(boost, searcher.collectionStatistics(term.field()),
					searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
		return best(searcher, term, scorer);
	}

	/**
	 * The highest score of a phrase in any entry. The phrase query scores how often the
	 * phrase occurs, with the statistics of all its words: an entry holds each word at
	 * least as often as the phrase, with the same length, so each word's best pairs,
	 * scored as the phrase, bound the phrase's score; the lowest of these bounds is kept.
	 */
	private float phrase(IndexSearcher searcher, PhraseQuery phrase, float boost) throws IOException {
		Term[] terms = phrase.getTerms();
		TermStatistics[] statistics = new TermStatistics[terms.length];
		for (int i = 0; i < terms.length; i++) {
			TermStates states = TermStates.build(searcher, terms[i], true);
			if (states.docFreq() == 0) {
				return Float.NEGATIVE_INFINITY;
			}
			statistics[i] = searcher.termStatistics(terms[i], states.docFreq(), states.totalTermFreq());
		}
		Similarity.SimScorer scorer = searcher.getSimilarity()
			.scorer(boost, searcher.collectionStatistics(phrase.getField()), statistics);
		float bound = Float.POSITIVE_INFINITY;
		for (Term term : terms) {
			bound = Math.min(bound, best(searcher, term, scorer));
		}
		return bound;
	}

	/** The best score that {@code scorer} gives any of the word's best pairs. */
	private float best(IndexSearcher searcher, Term term, Similarity.SimScorer scorer) throws IOException {
		float max = Float.NEGATIVE_INFINITY;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			long[] pairs = pairs(leaf, term);
			for (int i = 0; i < pairs.length; i += 2) {
				max = Math.max(max, scorer.score(pairs[i], pairs[i + 1]));
			}
		}
		return max;
	}

	/** The word's best (frequency, length) pairs in a segment, read once per segment. */
	private long[] pairs(LeafReaderContext leaf, Term term) throws IOException {
		IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
		if (helper == null) {
			return read(leaf, term);
		}
		Map<Term, long[]> words = segments.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(segments::remove);
			return new ConcurrentHashMap<>();
		});
		long[] pairs = words.get(term);
		if (pairs == null) {
			pairs = read(leaf, term);
			if (words.size() >= WORDS_PER_SEGMENT) {
				words.clear();
			}
			words.put(term, pairs);
		}
		return pairs;
	}

	/**
	 * Reads the word's impacts over the widest ranges of its postings in the segment; the
	 * last postings, fewer than a block, have none (Lucene answers an unbounded
	 * frequency) and are read one by one with their field's length.
	 */
	private static long[] read(LeafReaderContext leaf, Term term) throws IOException {
		Terms terms = leaf.reader().terms(term.field());
		if (terms == null) {
			return NONE;
		}
		TermsEnum words = terms.iterator();
		if (!words.seekExact(term.bytes())) {
			return NONE;
		}
		List<long[]> found = new ArrayList<>();
		ImpactsEnum postings = words.impacts(PostingsEnum.FREQS);
		int doc = 0;
		while (true) {
			postings.advanceShallow(doc);
			Impacts impacts = postings.getImpacts();
			int widest = impacts.numLevels() - 1;
			int upTo = impacts.getDocIdUpTo(widest);
			List<Impact> best = impacts.getImpacts(widest);
			if (upTo == DocIdSetIterator.NO_MORE_DOCS && best.size() == 1 && best.get(0).freq == Integer.MAX_VALUE) {
				NumericDocValues lengths = leaf.reader().getNormValues(term.field());
				for (int d = postings.advance(doc); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
					long length = lengths != null && lengths.advanceExact(d) ? lengths.longValue() : 1L;
					found.add(new long[] { postings.freq(), length });
				}
				break;
			}
			for (Impact impact : best) {
				found.add(new long[] { impact.freq, impact.norm });
			}
			if (upTo == DocIdSetIterator.NO_MORE_DOCS) {
				break;
			}
			doc = upTo + 1;
		}
		return undominated(found);
	}

	/**
	 * The pairs that no other pair beats on both counts (as frequent or more, as short or
	 * shorter): only they can score best, whatever the statistics.
	 */
	private static long[] undominated(List<long[]> pairs) {
		// Most frequent first, and among equal frequencies the shortest first: a pair is
		// kept when it is shorter than every pair kept before it. Lengths are encoded
		// norms, compared unsigned as Lucene's impacts compare them.
		pairs.sort(Comparator.comparingLong((long[] pair) -> pair[0])
			.reversed()
			.thenComparing((a, b) -> Long.compareUnsigned(a[1], b[1])));
		List<long[]> kept = new ArrayList<>();
		for (long[] pair : pairs) {
			if (kept.isEmpty() || Long.compareUnsigned(pair[1], kept.get(kept.size() - 1)[1]) < 0) {
				kept.add(pair);
			}
		}
		long[] flat = new long[kept.size() * 2];
		for (int i = 0; i < kept.size(); i++) {
			flat[2 * i] = kept.get(i)[0];
			flat[2 * i + 1] = kept.get(i)[1];
		}
		return flat;
	}

	/** Lucene's bound of a query's score over the whole index. */
	static float lucenes(IndexSearcher searcher, Query part) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(part), ScoreMode.TOP_SCORES, 1f);
		float max = Float.NEGATIVE_INFINITY;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer != null) {
				scorer.advanceShallow(0);
				max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
			}
		}
		return max;
	}

}
