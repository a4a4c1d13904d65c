package org.gongkai.portal.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
