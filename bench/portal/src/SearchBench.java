import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.gongkai.portal.search.IndexedEntry;
import org.gongkai.portal.search.LuceneCatalogueIndex;
import org.gongkai.portal.search.SearchQuery;
import org.gongkai.portal.search.SearchResult;

/**
 * The portal search over N synthetic catalogue entries (bench/portal/search.sh). Phase {@code load} adds entries to
 * an index kept in a folder as a rebuild does (entries/s), for a bounded time per run; the other phase applies changes
 * in batches and runs Q searches of one to three words with and without filters, by relevance and by date, and prints
 * the p50, p95 and p99 latency.
 */
public class SearchBench {

	static final String[] WORDS = { "营商环境", "优化", "社会消费品", "零售总额", "政府采购", "行政执法", "安全生产", "部门预算",
			"决算", "三公经费", "电子商务", "跨境", "农村", "示范项目", "消费券", "以旧换新", "家电", "汽车", "成品油", "经营资格", "审查",
			"办事指南", "应急预案", "突发事件", "燃气安全", "专项整治", "外贸进出口", "商务运行", "双随机", "抽查计划", "权责清单", "行政许可",
			"放管服", "改革", "农贸市场", "升级改造", "中秋国庆", "消费季", "促消费", "活动方案", "预付卡", "监督检查", "统计信息", "招商引资",
			"项目建设", "民生保障", "就业", "培训", "补贴", "申领", "公示", "公告", "通知", "意见", "实施", "方案", "工作要点", "年度报告" };

	static final String[] TOPICS = { "统计信息", "行政执法", "财政资金", "民生保障", "安全监管", "规划计划", "机构职能", "其他" };

	static IndexedEntry entry(Random random, int id) {
		StringBuilder title = new StringBuilder("卧龙区");
		for (int w = 0; w < 4; w++) {
			title.append(WORDS[random.nextInt(WORDS.length)]);
		}
		StringBuilder body = new StringBuilder();
		for (int w = 0; w < 40; w++) {
			body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 8 == 7 ? "。" : "，");
		}
		return new IndexedEntry(id, 1 + id % 30, "机关" + (1 + id % 30), "11411303MB/2024-" + id, title.toString(),
				body.toString(), "", "宛商〔2024〕" + id + " 号", 1 + id % 15, TOPICS[id % TOPICS.length],
				id % 20 == 0 ? "EXPIRED" : "VALID", LocalDate.of(2015, 1, 1).plusDays(id % 4000));
	}

	/** The synthetic entry {@code id}: the same in every run, whichever run loads it. */
	static IndexedEntry entry(int id) {
		return entry(new Random(42L * id + 7), id);
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(System.getProperty("n", "1000000"));
		Path dir = Path.of(System.getProperty("dir"));
		if ("load".equals(System.getProperty("phase"))) {
			load(n, dir, Integer.parseInt(System.getProperty("seconds", "150")));
		}
		else {
			measure(n, dir, Integer.parseInt(System.getProperty("queries", "2000")));
		}
	}

	/**
	 * Adds the next entries to the index in {@code dir} for at most {@code seconds}, through the rebuild's path (on
	 * every core), and prints the rate of this run and of all runs so far.
	 */
	static void load(int n, Path dir, int seconds) throws Exception {
		Files.createDirectories(dir);
		Path state = dir.resolve("loaded.txt");
		long[] before = Files.exists(state)
				? Arrays.stream(Files.readString(state).trim().split(" ")).mapToLong(Long::parseLong).toArray()
				: new long[] { 0, 0 };
		int from = (int) before[0] + 1;
		long start = System.nanoTime();
		long until = start + seconds * 1_000_000_000L;
		long indexed;
		try (LuceneCatalogueIndex index = LuceneCatalogueIndex.reopen(dir.resolve("index"))) {
			indexed = index.addAll(new Iterator<>() {
				int next = from;

				@Override
				public boolean hasNext() {
					// the clock is read every 1,000 entries
					return next <= n && (next % 1000 != 0 || System.nanoTime() < until);
				}

				@Override
				public IndexedEntry next() {
					return entry(next++);
				}
			});
		}
		long nanos = System.nanoTime() - start;
		long total = before[0] + indexed;
		long totalNanos = before[1] + nanos;
		Files.writeString(state, total + " " + totalNanos);
		double perSecond = indexed / (nanos / 1e9);
		double overall = total / (totalNanos / 1e9);
		System.out.printf("indexed %,d entries in %.1f s: %,.0f entries/s; all runs: %,d of %,d entries at %,.0f "
				+ "entries/s (target >= 2,000/s) %s%n", indexed, nanos / 1e9, perSecond, total, n, overall,
				overall >= 2000 ? "OK" : "BELOW TARGET");
		System.out.println(total >= n ? "the index is complete: run bench/portal/search.sh to measure the searches"
				: "not complete: run bench/portal/search.sh load again");
	}

	/** The kind of a query of the mix: words, order and filters, to find which kind makes the tail. */
	static String kind(SearchQuery query) {
		String words = query.text().startsWith("\"") ? "phrase" : query.text().contains(" ") ? "two words" : "one word";
		boolean filtered = query.agencyId() != null || query.article20Item() != null || query.year() != null;
		return String.format("%-9s %-9s %-10s %s", words, query.sort().name().toLowerCase(),
				filtered ? "filtered" : "unfiltered", query.page() > 1 ? "page 6" : "page 1");
	}

	/** Prints the p50, p95 and p99 of every kind of query, slowest p95 first. */
	static void printKinds(List<SearchQuery> mix, long[] nanos) {
		java.util.Map<String, List<Long>> byKind = new java.util.TreeMap<>();
		for (int q = 0; q < nanos.length; q++) {
			byKind.computeIfAbsent(kind(mix.get(q)), k -> new ArrayList<>()).add(nanos[q]);
		}
		List<String[]> lines = new ArrayList<>();
		byKind.forEach((kind, times) -> {
			long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
			double p95 = sorted[(int) (sorted.length * 0.95)] / 1e6;
			lines.add(new String[] { String.format("%08.2f", p95),
					String.format("  %s  n=%4d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms", kind, sorted.length,
							sorted[sorted.length / 2] / 1e6, p95, sorted[(int) (sorted.length * 0.99)] / 1e6) });
		});
		lines.sort((a, b) -> b[0].compareTo(a[0]));
		System.out.println("per kind of query (slowest p95 first):");
		lines.forEach(line -> System.out.println(line[1]));
	}

	/** Times the changes in batches and the searches over the loaded index. */
	static void measure(int n, Path dir, int queries) throws Exception {
		Path state = dir.resolve("loaded.txt");
		long loaded = Files.exists(state) ? Long.parseLong(Files.readString(state).trim().split(" ")[0]) : 0;
		if (loaded < n) {
			System.out.printf("the index in %s holds %,d of %,d entries: run bench/portal/search.sh load first%n", dir,
					loaded, n);
			System.exit(3);
		}
		Random random = new Random(42);
		LuceneCatalogueIndex index = LuceneCatalogueIndex.reopen(dir.resolve("index"));
		long indexed = index.size();

		// Changes as the change log applies them: revised entries in batches of 500, one refresh a batch.
		int changes = Math.max(1000, Math.min(20_000, n / 50));
		List<IndexedEntry> revised = new ArrayList<>();
		for (int c = 0; c < changes; c++) {
			revised.add(entry(random, 1 + random.nextInt(n)));
		}
		long changeStart = System.nanoTime();
		for (int from = 0; from < changes; from += 500) {
			index.update(revised.subList(from, Math.min(changes, from + 500)), List.of());
		}
		double changeSeconds = (System.nanoTime() - changeStart) / 1e9;
		double changesPerSecond = changes / changeSeconds;

		List<SearchQuery> mix = new ArrayList<>();
		for (int q = 0; q < queries; q++) {
			String text = WORDS[random.nextInt(WORDS.length)];
			if (q % 3 == 1) {
				text += " " + WORDS[random.nextInt(WORDS.length)];
			}
			if (q % 7 == 2) {
				text = "\"" + text + "\"";
			}
			Long agency = q % 4 == 0 ? (long) (1 + random.nextInt(30)) : null;
			Integer item = q % 5 == 0 ? 1 + random.nextInt(15) : null;
			Integer year = q % 6 == 0 ? 2015 + random.nextInt(10) : null;
			SearchQuery.Sort sort = q % 2 == 0 ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.DATE;
			mix.add(new SearchQuery(text, agency, item, null, year, null, sort, 1 + (q % 10 == 0 ? 5 : 0), 10));
		}
		String only = System.getProperty("kind", "");
		if (!only.isBlank()) {
			// One kind of query alone (KIND="two words relevance unfiltered"), to time and profile it apart.
			mix.removeIf(query -> !kind(query).replaceAll("\\s+", " ").startsWith(only.trim()));
			if (mix.isEmpty()) {
				System.out.printf("no query of the kind '%s' in the mix%n", only);
				System.exit(3);
			}
			queries = mix.size();
		}
		for (int warm = 0; warm < Math.min(500, queries); warm++) {
			index.search(mix.get(warm));
		}
		long[] nanos = new long[queries];
		long hits = 0;
		for (int q = 0; q < queries; q++) {
			long t = System.nanoTime();
			SearchResult result = index.search(mix.get(q));
			nanos[q] = System.nanoTime() - t;
			hits += result.hits().size();
		}
		long slow = Long.getLong("slowms", 0);
		for (int q = 0; slow > 0 && q < queries; q++) {
			if (nanos[q] > slow * 1_000_000) {
				System.out.printf("  slow: %7.2f ms  %s  [%s]%n", nanos[q] / 1e6, kind(mix.get(q)), mix.get(q).text());
			}
		}
		printKinds(mix, nanos);
		Arrays.sort(nanos);
		double p50 = nanos[queries / 2] / 1e6;
		double p95 = nanos[(int) (queries * 0.95)] / 1e6;
		double p99 = nanos[(int) (queries * 0.99)] / 1e6;
		System.out.printf("changes applied in batches of 500 (one refresh a batch): %,d in %.1f s: %,.0f entries/s "
				+ "(target >= 2,000/s) %s%n", changes, changeSeconds, changesPerSecond,
				changesPerSecond >= 2000 ? "OK" : "BELOW TARGET");
		System.out.printf("search over %,d entries, %,d queries (%,d hits shown): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms "
				+ "(target p95 <= 30 ms) %s%n", indexed, queries, hits, p50, p95, p99, p95 <= 30 ? "OK" : "ABOVE TARGET");
		index.close();
	}

}
