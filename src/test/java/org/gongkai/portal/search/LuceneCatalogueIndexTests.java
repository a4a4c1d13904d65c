package org.gongkai.portal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.Random;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Lucene index on its own: Chinese words, filters, highlighting, order and bad input.
 */
class LuceneCatalogueIndexTests {

	private final LuceneCatalogueIndex index = new LuceneCatalogueIndex(null);

	@AfterEach
	void close() {
		index.close();
	}

	static IndexedEntry entry(long id, String title, String body) {
		return entry(id, title, body, "", 1L, 4, "统计信息", "VALID", LocalDate.of(2023, 1, 1).plusDays(id));
	}

	static IndexedEntry entry(long id, String title, String body, String attachments, long agency, Integer item,
			String topic, String validity, LocalDate published) {
		return new IndexedEntry(id, agency, "机关" + agency, "IDX-" + id, title, body, attachments, null, item, topic,
				validity, published);
	}

	static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, 1, 10);
	}

	List<Long> ids(SearchQuery query) {
		return index.search(query).hits().stream().map(SearchResult.Hit::id).toList();
	}

	static final String[] WORDS = { "营商环境", "优化", "政府采购", "行政执法", "安全生产", "部门预算", "消费券", "以旧换新", "家电", "汽车", "办事指南",
			"应急预案", "专项整治", "外贸进出口", "双随机", "行政许可", "农贸市场", "升级改造", "招商引资", "民生保障" };

	/** 300 entries of catalogue words with distinct dates, the same on every call. */
	static List<IndexedEntry> corpus() {
		Random random = new Random(7);
		List<IndexedEntry> entries = new ArrayList<>();
		for (int id = 1; id <= 300; id++) {
			StringBuilder title = new StringBuilder("卧龙区");
			StringBuilder body = new StringBuilder();
			for (int w = 0; w < 3; w++) {
				title.append(WORDS[random.nextInt(WORDS.length)]);
			}
			for (int w = 0; w < 12; w++) {
				body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 4 == 3 ? "。" : "，");
			}
			entries.add(entry(id, title.toString(), body.toString(), id % 9 == 0 ? "附件" + WORDS[id % WORDS.length] : "",
					1 + id % 3, 1 + id % 15, id % 2 == 0 ? "统计信息" : "民生保障", id % 10 == 0 ? "EXPIRED" : "VALID",
					LocalDate.of(2020, 1, 1).plusDays(id * 3L)));
		}
		return entries;
	}

	static List<SearchQuery> mix() {
		List<SearchQuery> queries = new ArrayList<>();
		for (int q = 0; q < WORDS.length; q++) {
			String text = WORDS[q] + (q % 3 == 0 ? " " + WORDS[(q + 5) % WORDS.length] : "");
			for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
				queries.add(new SearchQuery(text, null, null, null, null, null, sort, 1, 10));
				queries.add(new SearchQuery(text, null, null, null, null, null, sort, 2, 10));
				queries.add(new SearchQuery(text, (long) (1 + q % 3), null, null, 2021 + q % 2, null, sort, 1, 10));
				queries.add(new SearchQuery("\"" + WORDS[q] + "\"", null, null, "统计信息", null, null, sort, 1, 10));
			}
		}
		queries.add(new SearchQuery("", 2L, null, null, null, null, null, 1, 10));
		queries.add(new SearchQuery("", null, null, null, 2021, "VALID", null, 3, 10));
		return queries;
	}

	@Test
	void oneAtATimeInBatchesAndByRebuildTheSameEntriesAnswerTheSame() {
		List<IndexedEntry> corpus = corpus();
		corpus.forEach(index::put);
		try (LuceneCatalogueIndex batched = new LuceneCatalogueIndex(null);
				LuceneCatalogueIndex rebuilt = new LuceneCatalogueIndex(null)) {
			for (int from = 0; from < corpus.size(); from += 64) {
				batched.update(corpus.subList(from, Math.min(corpus.size(), from + 64)), List.of());
			}
			rebuilt.replaceAll(corpus.iterator());
			for (SearchQuery query : mix()) {
				SearchResult one = index.search(query);
				assertThat(batched.search(query)).as(query.toString()).isEqualTo(one);
				assertThat(rebuilt.search(query)).as(query.toString()).isEqualTo(one);
			}
			assertThat(index.search(mix().get(0)).total()).isPositive();
		}
	}

	@Test
	void offsetsKeptInTheIndexHighlightAsAnalysingTheTextAgain() {
		List<IndexedEntry> corpus = new ArrayList<>(corpus());
		// A body longer than the stored text: highlights come from its stored beginning.
		corpus.add(entry(301, "卧龙区长篇正文", "营商环境，".repeat(5000) + "外贸进出口。", "", 1, 4, "统计信息", "VALID",
				LocalDate.of(2021, 6, 1)));
		index.replaceAll(corpus.iterator());
		try (LuceneCatalogueIndex analysing = new LuceneCatalogueIndex(null, false)) {
			analysing.replaceAll(corpus.iterator());
			for (SearchQuery query : mix()) {
				assertThat(index.search(query)).as(query.toString()).isEqualTo(analysing.search(query));
			}
			SearchQuery longBody = query("外贸进出口 营商环境");
			assertThat(index.search(longBody)).isEqualTo(analysing.search(longBody));
		}
	}

	@Test
	void anEntryTwiceInALargeBatchKeepsItsLaterVersion() {
		// A batch this large is analysed on every core; it is written in its order.
		List<IndexedEntry> batch = new ArrayList<>(corpus().subList(0, 40));
		batch.add(5, entry(300, "卧龙区夜间经济示范街区", "夜间经济。"));
		batch.add(entry(300, "卧龙区早餐工程", "早餐工程。"));
		index.update(batch, List.of());

		assertThat(index.size()).isEqualTo(41);
		assertThat(ids(query("早餐"))).containsExactly(300L);
		assertThat(ids(query("夜间经济"))).isEmpty();
	}

	@Test
	void aBatchRemovesAndReplacesTogether() {
		List<IndexedEntry> corpus = corpus();
		index.update(corpus, List.of());
		IndexedEntry renamed = entry(5, "卧龙区夜间经济示范街区", "夜间经济。");
		index.update(List.of(renamed), List.of(6L, 7L, 999L));

		assertThat(index.size()).isEqualTo(corpus.size() - 2);
		assertThat(ids(query("夜间经济"))).containsExactly(5L);
		assertThat(index.search(new SearchQuery("", null, null, null, null, null, null, 1, 300))
			.hits()
			.stream()
			.map(SearchResult.Hit::id)).doesNotContain(6L, 7L);
	}

	@Test
	void byDateTheOrderIsThePublicationDateAcrossPages() {
		List<IndexedEntry> corpus = corpus();
		index.replaceAll(corpus.iterator());
		List<Long> expected = corpus.stream()
			.filter(entry -> entry.agencyId() == 2)
			.sorted(Comparator.comparing(IndexedEntry::publishedOn).reversed())
			.map(IndexedEntry::id)
			.toList();
		List<Long> shown = new ArrayList<>();
		for (int page = 1; page <= 11; page++) {
			shown.addAll(ids(new SearchQuery("", 2L, null, null, null, null, SearchQuery.Sort.DATE, page, 10)));
		}
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void byRelevanceEqualScoresPutTheNewerFirst() {
		for (long id = 1; id <= 30; id++) {
			index.put(entry(id, "外贸进出口情况", "外贸进出口。", "", 1, 4, "统计信息", "VALID",
					LocalDate.of(2023, 1, 1).plusDays((id * 7) % 30)));
		}
		List<Long> expected = LongStream.rangeClosed(1, 30)
			.boxed()
			.sorted(Comparator.comparing((Long id) -> (id * 7) % 30).reversed())
			.limit(10)
			.toList();
		SearchResult result = index
			.search(new SearchQuery("外贸", null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10));
		assertThat(result.hits().stream().map(SearchResult.Hit::id).toList()).isEqualTo(expected);
	}

	@Test
	void adjacentWordsRankAboveTheSameWordsApart() {
		// The same words as often, the newer entry with them apart: only the bonus for
		// adjacent words puts the older first.
		index.put(entry(1, "工作通知", "优化营商环境，工作。"));
		index.put(entry(2, "工作通知", "营商，优化，环境，工作。"));

		assertThat(ids(query("优化营商环境"))).containsExactly(1L, 2L);
		assertThat(ids(query("营商 优化"))).containsExactly(2L, 1L);
	}

	@Test
	void chunksPlacedInTheFieldsOneWayAtATimeMatchAndScoreAsTheChunkwiseForm() {
		index.replaceAll(corpus().iterator());
		for (String text : List.of("营商环境 优化", "政府采购 安全生产", "优化 家电 汽车", "营商环境 机关2", "\"以旧换新\" 家电", "统计信息 外贸进出口",
				"附件 家电")) {
			Map<Long, Float> placed = index.scores(index.words(text, false));
			Map<Long, Float> chunkwise = index.scores(index.chunkwise(text, false));
			assertThat(placed).as(text).isNotEmpty();
			assertThat(placed.keySet()).as(text).isEqualTo(chunkwise.keySet());
			placed.forEach(
					(id, score) -> assertThat(score).as(text + " " + id).isCloseTo(chunkwise.get(id), within(1e-5f)));
		}
	}

	@Test
	void adjacentWordsAreRescoredBeyondThePage() {
		// 90 entries that tie on the words alone, newest first; the oldest, added last,
		// holds them adjacent. Scored again over the top hits of the words, not only the
		// page's, it comes first.
		for (long id = 1; id <= 90; id++) {
			index.put(entry(id, "工作通知", "营商，优化，环境，工作。", "", 1, 4, "统计信息", "VALID",
					LocalDate.of(2023, 1, 1).plusDays(id)));
		}
		index.put(entry(91, "工作通知", "优化营商环境，工作。", "", 1, 4, "统计信息", "VALID", LocalDate.of(2022, 1, 1)));

		List<Long> first = ids(query("优化营商环境"));
		assertThat(first.get(0)).isEqualTo(91L);
		assertThat(first.subList(1, 10)).containsExactly(90L, 89L, 88L, 87L, 86L, 85L, 84L, 83L, 82L);
	}

	@Test
	void byRelevanceThePagesOfSeveralWordsFollowOneAnother() {
		index.replaceAll(corpus().iterator());
		for (String text : List.of("营商环境 优化", "优化营商环境", "政府采购 安全生产", "家电以旧换新")) {
			SearchResult one = index.search(new SearchQuery(text, null, null, null, null, null, null, 1, 10));
			List<Long> paged = new ArrayList<>();
			for (int page = 1; page <= 30; page++) {
				paged.addAll(ids(new SearchQuery(text, null, null, null, null, null, null, page, 10)));
			}
			List<Long> wide = new ArrayList<>();
			for (int page = 1; page <= 6; page++) {
				wide.addAll(ids(new SearchQuery(text, null, null, null, null, null, null, page, 50)));
			}
			assertThat(paged).as(text).doesNotHaveDuplicates().hasSize((int) one.total()).isEqualTo(wide);
		}
	}

	@Test
	void quotedPhrasesMatchTheWordsSideBySideOnlyInTheirOrder() {
		index.put(entry(1, "通知", "为持续优化营商环境，激发市场活力。"));
		index.put(entry(2, "通知", "营商便利，环境优美。"));
		index.put(entry(3, "通知", "环境营商。"));
		// Both pairs of 优化 营商 环境, but never the three side by side.
		index.put(entry(4, "通知", "优化营商，营商环境。"));
		index.put(entry(5, "优化营商环境", "正文"));

		assertThat(ids(query("\"营商环境\""))).containsExactlyInAnyOrder(1L, 4L, 5L);
		assertThat(ids(query("\"优化营商环境\""))).containsExactlyInAnyOrder(1L, 5L);
		assertThat(ids(query("\"环境营商\""))).containsExactly(3L);
		assertThat(ids(query("营商 环境"))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
		SearchResult.Hit phrased = index.search(query("\"优化营商环境\"")).hits().get(0);
		assertThat(phrased.titleHtml() + phrased.snippetHtml()).contains("<mark>");
	}

	@Test
	void thePairFieldsHoldEveryPhrasesEntriesWhicheverWayTheIndexIsBuilt() {
		List<IndexedEntry> corpus = corpus();
		index.replaceAll(corpus.iterator());
		try (LuceneCatalogueIndex batched = new LuceneCatalogueIndex(null)) {
			batched.update(corpus, List.of());
			for (LuceneCatalogueIndex built : List.of(index, batched)) {
				int phrases = 0;
				for (String field : new String[] { LuceneCatalogueIndex.TITLE, LuceneCatalogueIndex.BODY }) {
					for (String first : WORDS) {
						for (String second : WORDS) {
							List<String> tokens = new ArrayList<>(built.tokens(first));
							tokens.addAll(built.tokens(second));
							Query phrase = new PhraseQuery(field, tokens.toArray(String[]::new));
							Map<Long, Float> alone = built.scores(phrase);
							BooleanQuery.Builder paired = new BooleanQuery.Builder().add(phrase, Occur.MUST);
							for (int i = 0; i + 1 < tokens.size(); i++) {
								paired.add(new TermQuery(new Term(field + LuceneCatalogueIndex.PAIRS,
										AnalysedText.pair(tokens.get(i), tokens.get(i + 1)))), Occur.FILTER);
							}
							assertThat(built.scores(paired.build())).as(field + " " + tokens).isEqualTo(alone);
							phrases += alone.isEmpty() ? 0 : 1;
						}
					}
				}
				assertThat(phrases).isGreaterThan(100);
			}
		}
	}

	@Test
	void findsByWordsAndNotByScatteredCharacters() {
		index.put(entry(1, "关于进一步优化营商环境的实施意见", "为持续优化营商环境，激发市场活力。"));
		index.put(entry(2, "经营场所环保检查通知", "各经营单位做好环卫与营业登记工作。"));

		assertThat(ids(query("营商环境"))).containsExactly(1L);
	}

	@Test
	void highlightsTheWordsEscapingTheText() {
		index.put(entry(1, "优化营商环境 <b>通知</b>", "全面优化营商环境。"));

		SearchResult.Hit hit = index.search(query("营商环境")).hits().get(0);

		assertThat(hit.titleHtml()).contains("<mark>").contains("&lt;b&gt;").doesNotContain("<b>");
		assertThat(hit.snippetHtml()).contains("<mark>");
	}

	@Test
	void findsAttachmentText() {
		index.put(entry(1, "附件通知", "见附件。", "2023年度家电以旧换新补贴标准表", 1, 11, "民生保障", "VALID", LocalDate.of(2023, 5, 1)));

		assertThat(ids(query("以旧换新"))).containsExactly(1L);
	}

	@Test
	void filtersByAgencyItemTopicYearAndValidity() {
		index.put(entry(1, "商务运行情况", "商务运行", "", 1, 4, "统计信息", "VALID", LocalDate.of(2023, 3, 1)));
		index.put(entry(2, "商务运行情况", "商务运行", "", 2, 4, "统计信息", "VALID", LocalDate.of(2023, 3, 1)));
		index.put(entry(3, "商务运行情况", "商务运行", "", 1, 7, "财政资金", "EXPIRED", LocalDate.of(2022, 3, 1)));

		assertThat(ids(new SearchQuery("商务", 1L, null, null, null, null, null, 1, 10))).containsExactlyInAnyOrder(1L,
				3L);
		assertThat(ids(new SearchQuery("商务", null, 7, null, null, null, null, 1, 10))).containsExactly(3L);
		assertThat(ids(new SearchQuery("商务", null, null, "统计信息", null, null, null, 1, 10)))
			.containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids(new SearchQuery("商务", null, null, null, 2022, null, null, 1, 10))).containsExactly(3L);
		assertThat(ids(new SearchQuery("", null, null, null, null, "EXPIRED", null, 1, 10))).containsExactly(3L);
	}

	@Test
	void sortsByDateOrRelevanceAndPages() {
		for (long id = 1; id <= 25; id++) {
			index.put(entry(id, "社会消费品零售总额 第" + id + "期", id == 3 ? "零售 零售 零售 社会消费品零售总额" : "统计"));
		}

		assertThat(ids(new SearchQuery("零售", null, null, null, null, null, SearchQuery.Sort.DATE, 1, 10)).get(0))
			.isEqualTo(25L);
		SearchResult third = index.search(new SearchQuery("零售", null, null, null, null, null, null, 3, 10));
		assertThat(third.hits()).hasSize(5);
		assertThat(third.total()).isEqualTo(25);
		assertThat(index.search(new SearchQuery("零售", null, null, null, null, null, null, 99, 10)).hits()).isEmpty();
		assertThat(index.search(new SearchQuery("零售", null, null, null, null, null, null, 100_000, 50)).hits())
			.isEmpty();
	}

	@Test
	void removesAndReplaces() {
		index.put(entry(1, "营商环境", "正文"));
		index.remove(1);
		assertThat(ids(query("营商环境"))).isEmpty();

		long count = index.replaceAll(List.of(entry(2, "营商环境", "正文"), entry(3, "别的", "正文")).iterator());

		assertThat(count).isEqualTo(2);
		assertThat(ids(query("营商环境"))).containsExactly(2L);
		assertThat(index.size()).isEqualTo(2);
	}

	@Test
	void neverFailsOnWhatAVisitorTypes() {
		index.put(entry(1, "优化营商环境", "正文 AND OR NOT"));
		List<String> bad = List.of("", "   ", "\"", "\"营商", "营商\"环境\"\"", "+-&&||!(){}[]^\"~*?:\\/", "AND", "title:营商",
				"营商~2", "*", "?", "营".repeat(5000), "“营商环境", "NOT 营商", "a".repeat(300), "\u3000");
		for (String text : bad) {
			SearchResult result = index.search(query(text));
			assertThat(result).as(text).isNotNull();
		}
		assertThat(ids(query("\"营商环境\""))).containsExactly(1L);
		assertThat(ids(query("营商环境\""))).containsExactly(1L);
	}

}
