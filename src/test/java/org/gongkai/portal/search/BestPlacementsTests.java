package org.gongkai.portal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first pass of a search by relevance without the placements that cannot reach its
 * best hits ({@link BestPlacements}, {@link ScoreBounds}, {@link HitCount}): the same
 * hits and scores as the disjunction of every placement, over a catalogue of common words
 * large enough for the leaving out to happen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BestPlacementsTests {

	static final String[] WORDS = { "营商环境", "优化", "政府采购", "行政执法", "安全生产", "部门预算", "消费券", "以旧换新", "家电", "汽车", "办事指南",
			"应急预案", "专项整治", "外贸进出口", "双随机", "行政许可", "农贸市场", "升级改造", "招商引资", "民生保障", "统计信息", "公示", "通知", "实施方案" };

	static final String[] TOPICS = { "统计信息", "行政执法", "民生保障", "其他" };

	private final LuceneCatalogueIndex index = new LuceneCatalogueIndex(null);

	/**
	 * 3,000 entries of common words (as the search benchmark's), in batches so that the
	 * index has several segments, and some entries replaced (deleted documents).
	 */
	@BeforeAll
	void load() {
		Random random = new Random(11);
		List<IndexedEntry> entries = new ArrayList<>();
		for (int id = 1; id <= 3000; id++) {
			entries.add(entry(random, id));
		}
		for (int from = 0; from < entries.size(); from += 400) {
			index.update(entries.subList(from, Math.min(entries.size(), from + 400)), List.of());
		}
		List<IndexedEntry> revised = new ArrayList<>();
		for (int id = 1; id <= 3000; id += 7) {
			revised.add(entry(random, id));
		}
		index.update(revised, List.of());
	}

	@AfterAll
	void close() {
		index.close();
	}

	static IndexedEntry entry(Random random, int id) {
		StringBuilder title = new StringBuilder("卧龙区");
		for (int w = 0; w < 1 + random.nextInt(4); w++) {
			title.append(WORDS[random.nextInt(WORDS.length)]);
		}
		StringBuilder body = new StringBuilder();
		for (int w = 0; w < 10 + random.nextInt(30); w++) {
			body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 6 == 5 ? "。" : "，");
		}
		String attachments = id % 5 == 0 ? "附件：" + WORDS[random.nextInt(WORDS.length)] : "";
		return new IndexedEntry(id, 1 + id % 6, "机关" + (1 + id % 6), "IDX-" + id, title.toString(), body.toString(),
				attachments, null, 1 + id % 15, TOPICS[id % TOPICS.length], id % 10 == 0 ? "EXPIRED" : "VALID",
				LocalDate.of(2018, 1, 1).plusDays(id % 2000));
	}

	static SearchQuery query(String text, Long agency, Integer year) {
		return new SearchQuery(text, agency, null, null, year, null, SearchQuery.Sort.RELEVANCE, 1, 10);
	}

	/** One, two and three chunks, quoted or not, with and without filters. */
	static List<SearchQuery> queries() {
		Random random = new Random(5);
		List<SearchQuery> queries = new ArrayList<>();
		for (int q = 0; q < 60; q++) {
			String text = WORDS[random.nextInt(WORDS.length)];
			if (q % 3 != 0) {
				text += " " + WORDS[random.nextInt(WORDS.length)];
			}
			if (q % 5 == 0) {
				text += " " + WORDS[random.nextInt(WORDS.length)];
			}
			if (q % 4 == 1 && q % 5 != 0) {
				text = "\"" + WORDS[random.nextInt(WORDS.length)] + "\" " + text;
			}
			queries.add(query(text, q % 6 == 2 ? (long) (1 + q % 6) : null, q % 7 == 3 ? 2019 + q % 4 : null));
		}
		queries.add(query("统计信息 民生保障", null, null));
		queries.add(query("机关3 家电", null, null));
		queries.add(query("附件 汽车", null, null));
		return queries;
	}

	@Test
	void theBestHitsAndTheirScoresAreThoseOfEveryPlacement() {
		int pruned = 0;
		for (SearchQuery query : queries()) {
			for (int collect : new int[] { 10, 60, 100, 110 }) {
				LuceneCatalogueIndex.FirstPassHits all = index.firstPass(query, collect, false);
				LuceneCatalogueIndex.FirstPassHits best = index.firstPass(query, collect, true);
				String what = query.text() + " / " + query.agencyId() + " / " + query.year() + " / " + collect;
				assertThat(best.ids()).as(what).isEqualTo(all.ids());
				assertThat(best.scores()).as(what).isEqualTo(all.scores());
				if (best.read() < best.placements()) {
					pruned++;
				}
			}
		}
		// Most searches read fewer placements than there are: else this test checks
		// nothing that the disjunction itself does not.
		assertThat(pruned).isGreaterThan(queries().size() * 4 / 2);
	}

	@Test
	void twoCommonWordsReadOnlyTheirTitlesPlacement() {
		// Two words in four fields: sixteen placements; the ten best hits hold both in
		// the
		// title, and no other placement can score as high.
		LuceneCatalogueIndex.FirstPassHits best = index.firstPass(query("家电 汽车", null, null), 10, true);
		assertThat(best.placements()).isEqualTo(16);
		assertThat(best.read()).isEqualTo(1);
		assertThat(best.ids()).hasSize(10).isEqualTo(index.firstPass(query("家电 汽车", null, null), 10, false).ids());
	}

	@Test
	void theBoundsAreNeverBelowAScoreAndTighterThanLucenes() {
		List<Query> parts = new ArrayList<>();
		List<String> chunk = index.tokens("营商环境");
		assertThat(chunk).hasSizeGreaterThan(1);
		for (String field : List.of(LuceneCatalogueIndex.TITLE, LuceneCatalogueIndex.BODY,
				LuceneCatalogueIndex.ATTACHMENTS, LuceneCatalogueIndex.META)) {
			for (String word : List.of("家电", "汽车", "环境", "通知", "机关", "附件", "优化", "统计")) {
				parts.add(new BoostQuery(new TermQuery(new Term(field, index.tokens(word).get(0))), 4f));
			}
			BooleanQuery.Builder words = new BooleanQuery.Builder();
			chunk.forEach(word -> words.add(new TermQuery(new Term(field, word)), Occur.MUST));
			parts.add(new BoostQuery(words.build(), 2f));
			BooleanQuery.Builder phrase = new BooleanQuery.Builder();
			phrase.add(new PhraseQuery(field, chunk.toArray(String[]::new)), Occur.MUST);
			phrase.add(new TermQuery(
					new Term(field + LuceneCatalogueIndex.PAIRS, AnalysedText.pair(chunk.get(0), chunk.get(1)))),
					Occur.FILTER);
			parts.add(new BoostQuery(phrase.build(), 0.5f));
		}
		ScoreBounds bounds = new ScoreBounds();
		int tighter = 0;
		int matched = 0;
		for (Query part : parts) {
			float bound = index.withSearcher(searcher -> bounds.of(searcher, part));
			float highest = index.scores(part).values().stream().reduce(Float.NEGATIVE_INFINITY, Math::max);
			float lucenes = index.withSearcher(searcher -> ScoreBounds.lucenes(searcher, part));
			if (highest == Float.NEGATIVE_INFINITY) {
				assertThat(bound).as(part.toString()).isEqualTo(Float.NEGATIVE_INFINITY);
				continue;
			}
			matched++;
			assertThat(bound).as(part.toString()).isGreaterThanOrEqualTo(highest);
			assertThat(bound).as(part.toString()).isLessThanOrEqualTo(lucenes * 1.0001f);
			if (bound < lucenes * 0.9f) {
				tighter++;
			}
		}
		assertThat(matched).isGreaterThan(parts.size() / 2);
		assertThat(tighter).as("bounds well below Lucene's own").isGreaterThan(matched / 2);
	}

	@Test
	void theWordsBestPairsAreKeptPerSegmentAndDroppedWithIt() {
		try (LuceneCatalogueIndex other = new LuceneCatalogueIndex(null)) {
			Random random = new Random(3);
			for (int batch = 0; batch < 3; batch++) {
				List<IndexedEntry> entries = new ArrayList<>();
				for (int id = 1 + batch * 200; id <= 200 + batch * 200; id++) {
					entries.add(entry(random, id));
				}
				other.update(entries, List.of());
			}
			other.firstPass(query("家电 汽车", null, null), 10, true);
			int segments = other.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
			assertThat(segments).isGreaterThan(1);
			assertThat(other.segmentsWithBounds()).isEqualTo(segments);

			List<IndexedEntry> fewer = new ArrayList<>();
			for (int id = 1; id <= 50; id++) {
				fewer.add(entry(random, id));
			}
			other.replaceAll(fewer.iterator());
			assertThat(other.segmentsWithBounds()).isZero();
			other.firstPass(query("家电 汽车", null, null), 10, true);
			assertThat(other.segmentsWithBounds())
				.isEqualTo(other.withSearcher(searcher -> searcher.getIndexReader().leaves().size()));
		}
	}

	@Test
	void aCountAtTheLimitIsExactAndOneBeyondIsMoreThanTheLimit() {
		Query agency = new TermQuery(new Term("agency", "2"));
		int all = index.withSearcher(searcher -> searcher.count(agency));
		assertThat(all).isGreaterThan(100);
		for (int limit : new int[] { all, all + 1, all + 500 }) {
			TotalHits counted = index.withSearcher(searcher -> HitCount.upTo(searcher, agency, limit));
			assertThat(counted).as("limit " + limit).isEqualTo(new TotalHits(all, TotalHits.Relation.EQUAL_TO));
		}
		for (int limit : new int[] { all - 1, 10 }) {
			TotalHits counted = index.withSearcher(searcher -> HitCount.upTo(searcher, agency, limit));
			assertThat(counted).as("limit " + limit)
				.isEqualTo(new TotalHits(limit, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO));
		}
	}

	@Test
	void theCountIsExactUpToTheDeepestRankAndAtLeastThatBeyond() {
		SearchResult common = index.search(query("公示", null, null));
		assertThat(index.scores(index.words("公示", false))).hasSizeGreaterThan(SearchQuery.MAX_RANK);
		assertThat(common.total()).isEqualTo(SearchQuery.MAX_RANK);
		assertThat(common.totalIsLowerBound()).isTrue();

		SearchQuery narrow = query("家电 汽车", 2L, 2019);
		SearchResult fewer = index.search(narrow);
		assertThat(fewer.total()).isPositive()
			.isLessThan(SearchQuery.MAX_RANK)
			.isEqualTo(index.firstPass(narrow, 3000, false).ids().size());
		assertThat(fewer.totalIsLowerBound()).isFalse();
	}

}
