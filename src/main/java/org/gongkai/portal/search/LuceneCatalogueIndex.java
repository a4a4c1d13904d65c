package org.gongkai.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue index in Lucene, with Chinese split into words by the smartcn analyzer
 * (营商环境 is 营商 + 环境, so an entry holding 营 and 环 apart does not match). Held in memory, or
 * in a folder when {@code gongkai.portal.search.directory} names one. A visitor's text is
 * never parsed as Lucene syntax: it is cut into chunks at spaces (a quoted chunk is a
 * phrase), each chunk's words must all occur in one field, and adjacent words score
 * higher.
 */
public class LuceneCatalogueIndex implements CatalogueIndex, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LuceneCatalogueIndex.class);

	static final String ID = "id";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String ATTACHMENTS = "attachments";

	static final String META = "meta";

	static final String PUBLISHED = "published";

	/**
	 * The suffix of a text field's pair field, which holds its adjacent words by twos.
	 */
	static final String PAIRS = "_pairs";

	/** Hits collected beyond the page, so that ties by score are ordered by date. */
	static final int TIE_WINDOW = 50;

	/**
	 * The top hits of the words alone that are scored again with the words' adjacency
	 * (the phrase bonus): always the same hits whichever page is asked, so that the order
	 * is stable across pages; beyond them hits stay ordered by the words alone.
	 */
	static final int RESCORE_WINDOW = 100;

	/**
	 * Up to this many chunks, the first pass places the chunks in the fields one way at a
	 * time ({@link #byFields}: four fields, at most 64 conjunctions).
	 */
	static final int MAX_CHUNKS_BY_FIELD = 3;

	/** From this many entries a batch of changes is analysed on every core. */
	private static final int PARALLEL_BATCH = 16;

	/** The fields searched and their weights. */
	private static final String[] FIELDS = { TITLE, META, BODY, ATTACHMENTS };

	private static final float[] BOOSTS = { 4f, 2f, 1f, 0.5f };

	/** Stored text is cut to this length (highlighting needs it; the index holds all). */
	private static final int STORED_TEXT = 20_000;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final BestPlacements bestPlacements = new BestPlacements();

	private final Path folder;

	/**
	 * Text fields, from words analysed beforehand; their text is stored apart (for
	 * highlighting).
	 */
	private final FieldType analysed;

	/** The META field from words analysed beforehand. */
	private static final FieldType META_TYPE = TextField.TYPE_NOT_STORED;

	/**
	 * Pair fields: which entries hold two words side by side, to find a phrase's
	 * candidates by rare terms; no positions, frequencies or norms, as they only filter.
	 */
	private static final FieldType PAIR_TYPE = pairType();

	private final ReadWriteLock swap = new ReentrantReadWriteLock();

	/**
	 * Searches the slices of the index (groups of segments) on every core at once: a
	 * broad query over a large catalogue reads tens of thousands of matches, and one
	 * visitor's search should not wait for one core to read them all.
	 */
	private final ExecutorService slices = Executors
		.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
			Thread thread = new Thread(runnable, "portal-search-slice");
			thread.setDaemon(true);
			return thread;
		});

	private volatile Holder current;

	/** A directory with its writer and the searchers over it. */
	private record Holder(Directory directory, IndexWriter writer, SearcherManager searchers, Path path) {

		void close() throws IOException {
			searchers.close();
			writer.close();
			directory.close();
		}

	}

	/**
	 * @param folder where to keep the index; {@code null} in memory
	 */
	public LuceneCatalogueIndex(Path folder) {
		this(folder, true);
	}

	/**
	 * @param folder where to keep the index; {@code null} in memory
	 * @param offsets whether the text fields keep their words' offsets in the index, so
	 * that highlighting reads them instead of analysing the stored text of every hit
	 * again (the same highlights, most of a search's time saved); {@code false} only to
	 * compare
	 */
	LuceneCatalogueIndex(Path folder, boolean offsets) {
		this(folder, offsets, false);
	}

	private LuceneCatalogueIndex(Path folder, boolean offsets, boolean keep) {
		this.analysed = textType(offsets);
		if (keep) {
			this.folder = folder.getParent();
			this.current = open(folder);
			return;
		}
		this.folder = folder;
		if (folder != null) {
			deleteQuietly(folder);
		}
		this.current = open(folder == null ? null : folder.resolve("index-" + System.nanoTime()));
	}

	/**
	 * Opens the index kept in {@code path} as it is, or an empty one there, to add to it
	 * and search it: the search benchmark loads a large index in several runs
	 * (bench/portal/search.sh). The application always builds its index afresh.
	 */
	public static LuceneCatalogueIndex reopen(Path path) {
		return new LuceneCatalogueIndex(path, true, true);
	}

	private Holder open(Path path) {
		try {
			Directory directory;
			if (path == null) {
				directory = new ByteBuffersDirectory();
			}
			else {
				Files.createDirectories(path);
				directory = FSDirectory.open(path);
			}
			IndexWriterConfig config = new IndexWriterConfig(analyzer);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(64);
			IndexWriter writer = new IndexWriter(directory, config);
			return new Holder(directory, writer, new SearcherManager(writer, new SearcherFactory() {

				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
					return new IndexSearcher(reader, slices);
				}

			}), path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void put(IndexedEntry entry) {
		update(List.of(entry), List.of());
	}

	@Override
	public void remove(long entryId) {
		update(List.of(), List.of(entryId));
	}

	/**
	 * Writes the changes and opens a near-real-time reader once for all of them: no
	 * commit (the index is rebuilt from the database at start; a folder index is
	 * committed when closed) and one refresh per batch, not per entry.
	 */
	@Override
	public void update(List<IndexedEntry> put, List<Long> removed) {
		swap.readLock().lock();
		try {
			IndexWriter writer = current.writer();
			// The analysis of Chinese text is most of a change's cost: a batch's entries
			// are analysed on every core, then written in order (an entry may come
			// twice).
			List<Document> documents = (put.size() < PARALLEL_BATCH ? put.stream() : put.parallelStream())
				.map(this::document)
				.toList();
			for (int i = 0; i < put.size(); i++) {
				writer.updateDocument(new Term(ID, Long.toString(put.get(i).id())), documents.get(i));
			}
			for (long entryId : removed) {
				writer.deleteDocuments(new Term(ID, Long.toString(entryId)));
			}
			current.searchers().maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			swap.readLock().unlock();
		}
	}

	@Override
	public long replaceAll(Iterator<IndexedEntry> entries) {
		Path path = folder == null ? null : folder.resolve("index-" + System.nanoTime());
		Holder fresh = open(path);
		long count;
		try {
			count = addAll(fresh, entries);
		}
		catch (RuntimeException e) {
			closeQuietly(fresh);
			throw e;
		}
		Holder old;
		swap.writeLock().lock();
		try {
			old = current;
			current = fresh;
		}
		finally {
			swap.writeLock().unlock();
		}
		closeQuietly(old);
		if (folder != null && old.path() != null) {
			deleteQuietly(old.path());
		}
		return count;
	}

	/**
	 * Adds the entries as new documents, as a rebuild does (on every core), and commits;
	 * for the search benchmark's loading of an index in several runs.
	 * @return how many were added
	 */
	public long addAll(Iterator<IndexedEntry> entries) {
		swap.readLock().lock();
		try {
			return addAll(current, entries);
		}
		finally {
			swap.readLock().unlock();
		}
	}

	private long addAll(Holder target, Iterator<IndexedEntry> entries) {
		long count = 0;
		// The analysis of Chinese text is the cost: documents are analysed on every core
		// (IndexWriter takes documents from several threads), read in order by one.
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		Semaphore inFlight = new Semaphore(threads * 64);
		AtomicReference<Exception> failure = new AtomicReference<>();
		try {
			while (entries.hasNext() && failure.get() == null) {
				IndexedEntry entry = entries.next();
				inFlight.acquire();
				workers.execute(() -> {
					try {
						target.writer().addDocument(document(entry));
					}
					catch (IOException | RuntimeException e) {
						failure.compareAndSet(null, e);
					}
					finally {
						inFlight.release();
					}
				});
				count++;
			}
			workers.shutdown();
			if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
				throw new IOException("indexing did not finish within an hour");
			}
			if (failure.get() != null) {
				throw new IOException("indexing failed", failure.get());
			}
			target.writer().commit();
			target.searchers().maybeRefreshBlocking();
			return count;
		}
		catch (IOException e) {
			workers.shutdownNow();
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			workers.shutdownNow();
			throw e;
		}
		catch (InterruptedException e) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("rebuild interrupted", e);
		}
	}

	/** Writes what is held to disk (a folder index); nothing for one in memory. */
	public void commit() {
		swap.readLock().lock();
		try {
			if (current.path() != null) {
				current.writer().commit();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			swap.readLock().unlock();
		}
	}

	@Override
	public long size() {
		return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	private Document document(IndexedEntry entry) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(entry.id()), Field.Store.YES));
		doc.add(new StringField("agency", Long.toString(entry.agencyId()), Field.Store.YES));
		doc.add(new StoredField("agencyName", nonNull(entry.agencyName())));
		doc.add(new StoredField("indexNumber", nonNull(entry.indexNumber())));
		doc.add(new StoredField("documentNumber", nonNull(entry.documentNumber())));
		if (entry.article20Item() != null) {
			doc.add(new StringField("item", entry.article20Item().toString(), Field.Store.YES));
		}
		if (entry.topic() != null) {
			doc.add(new StringField("topic", entry.topic(), Field.Store.YES));
		}
		if (entry.validity() != null) {
			doc.add(new StringField("validity", entry.validity(), Field.Store.YES));
		}
		LocalDate published = entry.publishedOn() == null ? LocalDate.EPOCH : entry.publishedOn();
		doc.add(new StringField("year", Integer.toString(published.getYear()), Field.Store.NO));
		doc.add(new NumericDocValuesField(PUBLISHED, published.toEpochDay()));
		// Points on the sort field let a search by date skip documents that cannot make
		// the page (Lucene's numeric sort optimisation).
		doc.add(new LongPoint(PUBLISHED, published.toEpochDay()));
		doc.add(new StoredField(PUBLISHED, published.toEpochDay()));
		addText(doc, TITLE, entry.title());
		String meta = nonNull(entry.indexNumber()) + " " + nonNull(entry.documentNumber()) + " "
				+ nonNull(entry.topic()) + " " + nonNull(entry.agencyName());
		AnalysedText metaWords = AnalysedText.of(analyzer, META, meta);
		doc.add(new Field(META, metaWords.words(), META_TYPE));
		doc.add(new Field(META + PAIRS, metaWords.pairs(), PAIR_TYPE));
		addText(doc, BODY, entry.body());
		addText(doc, ATTACHMENTS, entry.attachments());
		return doc;
	}

	/**
	 * A text field, stored up to {@link #STORED_TEXT} characters, and its pair field,
	 * from one analysis of the text.
	 */
	private void addText(Document doc, String field, String text) {
		String value = nonNull(text);
		AnalysedText words = AnalysedText.of(analyzer, field, value);
		doc.add(new Field(field, words.words(), analysed));
		doc.add(new StoredField(field, value.length() <= STORED_TEXT ? value : value.substring(0, STORED_TEXT)));
		doc.add(new Field(field + PAIRS, words.pairs(), PAIR_TYPE));
	}

	private static FieldType pairType() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS);
		type.setTokenized(true);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static FieldType textType(boolean offsets) {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		if (offsets) {
			type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		}
		type.freeze();
		return type;
	}

	@Override
	public SearchResult search(SearchQuery query) {
		if (query.isEmpty()) {
			return SearchResult.none(query);
		}
		// The visitor's text is analysed once; every form of the query is built from it.
		List<Words> analysed = analyse(query.text());
		Query words = words(analysed, true);
		if (words == null && !query.text().isEmpty() && !hasFilter(query)) {
			return SearchResult.none(query);
		}
		// The words without the phrase bonus match the same entries; the bonus is scored
		// on the top hits only (byRelevance), where a chunk has several words.
		List<Query> placements = placements(analysed);
		Query built = filtered(placements != null ? byFields(placements) : words(analysed, false), query);
		Query adjacent = words == null || !scoresAdjacency(analysed) ? null : filtered(words, query);
		int from = (query.page() - 1) * query.size();
		if (from >= SearchQuery.MAX_RANK) {
			return new SearchResult(query, count(built), false, List.of());
		}
		int upTo = Math.min(from + query.size(), SearchQuery.MAX_RANK);
		Sort byDate = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC);
		return withSearcher(searcher -> {
			TopDocs top = words != null && query.sort() != SearchQuery.Sort.DATE
					? byRelevance(searcher, firstPass(searcher, placements, query, built), adjacent, upTo)
					: searcher.search(built, upTo, byDate, false);
			ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
					top.scoreDocs.length);
			TopDocs pageDocs = new TopDocs(top.totalHits, page);
			String[] titles = new String[page.length];
			String[] snippets = new String[page.length];
			if (words != null && page.length > 0) {
				UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
					.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
					.withMaxLength(STORED_TEXT)
					.build();
				// One call for three fields reads each hit's stored text once
				// (reading it was a quarter of highlighting's time).
				Map<String, String[]> marked = highlighter.highlightFields(new String[] { TITLE, BODY, ATTACHMENTS },
						words, pageDocs, new int[] { 1, 2, 1 });
				titles = marked.get(TITLE);
				String[] bodies = marked.get(BODY);
				String[] files = marked.get(ATTACHMENTS);
				for (int i = 0; i < page.length; i++) {
					snippets[i] = bodies[i] != null ? bodies[i] : files[i];
				}
			}
			List<SearchResult.Hit> hits = new ArrayList<>();
			for (int i = 0; i < page.length; i++) {
				Document doc = searcher.storedFields().document(page[i].doc);
				String title = titles[i] != null ? titles[i] : escape(doc.get(TITLE));
				String snippet = snippets[i] != null ? snippets[i] : escape(abbreviate(doc.get(BODY)));
				String item = doc.get("item");
				hits.add(new SearchResult.Hit(Long.parseLong(doc.get(ID)), Long.parseLong(doc.get("agency")),
						doc.get("agencyName"), doc.get("indexNumber"), title, snippet,
						blankToNull(doc.get("documentNumber")), item == null ? null : Integer.valueOf(item),
						doc.get("topic"), doc.get("validity"),
						LocalDate.ofEpochDay(doc.getField(PUBLISHED).numericValue().longValue())));
			}
			return new SearchResult(query, top.totalHits.value,
					top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, hits);
		});
	}

	/**
	 * The best {@code upTo} hits by score, the newer first among equal scores.
	 * <p>
	 * First the words alone ({@code words}: every word in one field), collected by score
	 * alone, so that Lucene skips the documents that cannot reach the page (block-max
	 * WAND; a sort that names the score reads and scores every match, and an optional
	 * phrase clause reads the positions of every candidate, which made broad words over a
	 * large catalogue the slow tail). Then the first {@link #RESCORE_WINDOW} of them are
	 * scored again by {@code adjacent} (if not {@code null}: no chunk of several words),
	 * the same words with the bonus for adjacent words: its score is never below the
	 * words' alone, so the rescored hits stay ahead of the rest, which keep the words'
	 * score. Last, the hits are ordered by score and date, with a window of
	 * {@link #TIE_WINDOW} hits beyond the page: ties are broken by date within it, and
	 * only a tie across its edge falls back to index order. Counts exactly up to
	 * {@link SearchQuery#MAX_RANK} hits, as before.
	 */
	private static TopDocs byRelevance(IndexSearcher searcher, FirstPass words, Query adjacent, int upTo)
			throws IOException {
		boolean rescore = adjacent != null;
		int collect = rescore ? Math.max(upTo + TIE_WINDOW, RESCORE_WINDOW) : upTo + TIE_WINDOW;
		TopDocs top = words.top(collect);
		List<ScoreDoc> hits = new ArrayList<>(Arrays.asList(top.scoreDocs));
		if (rescore && !hits.isEmpty()) {
			List<ScoreDoc> window = hits.subList(0, Math.min(RESCORE_WINDOW, hits.size()));
			TopDocs rescored = new AdjacencyRescorer(adjacent).rescore(searcher,
					new TopDocs(top.totalHits, window.toArray(ScoreDoc[]::new)), window.size());
			window.clear();
			hits.addAll(0, Arrays.asList(rescored.scoreDocs));
		}
		List<Dated> dated = new ArrayList<>(hits.size());
		for (ScoreDoc hit : hits) {
			dated.add(new Dated(hit, published(searcher, hit.doc)));
		}
		dated.sort(Dated.BY_SCORE_THEN_NEWER);
		return new TopDocs(top.totalHits, dated.stream().limit(upTo).map(Dated::hit).toArray(ScoreDoc[]::new));
	}

	/**
	 * The first pass of a search by relevance: the best hits by the words alone and how
	 * many entries match, counted exactly up to {@link SearchQuery#MAX_RANK}.
	 */
	@FunctionalInterface
	private interface FirstPass {

		TopDocs top(int collect) throws IOException;

	}

	/**
	 * The first pass of {@code built} (the words without the phrase bonus, filtered): by
	 * {@link BestPlacements} where the words are placements in the fields (up to
	 * {@link #MAX_CHUNKS_BY_FIELD} chunks; {@code null} beyond), else as one query.
	 */
	private FirstPass firstPass(IndexSearcher searcher, List<Query> placements, SearchQuery query, Query built) {
		if (placements == null) {
			return collect -> searcher.search(built,
					new TopScoreDocCollectorManager(collect, null, SearchQuery.MAX_RANK));
		}
		return collect -> {
			BestPlacements.Found found = bestPlacements.search(searcher, placements, words -> filtered(words, query),
					collect);
			return new TopDocs(found.total(), found.hits());
		};
	}

	/**
	 * The ways to place the chunks in the fields, one query each, whose best one scores
	 * an entry ({@link #byFields}; one chunk: its query in each field); {@code null}
	 * beyond {@link #MAX_CHUNKS_BY_FIELD} chunks or without words.
	 */
	private static List<Query> placements(List<Words> analysed) {
		List<List<Query>> chunks = perChunkAndField(analysed, false);
		if (chunks.isEmpty() || chunks.size() > MAX_CHUNKS_BY_FIELD) {
			return null;
		}
		List<Query> placements = new ArrayList<>();
		place(chunks, 0, new ArrayList<>(), placements);
		return placements;
	}

	/** A hit with its publication day, to order ties by score newer first. */
	private record Dated(ScoreDoc hit, long published) {

		static final Comparator<Dated> BY_SCORE_THEN_NEWER = Comparator
			.comparingDouble((Dated dated) -> dated.hit().score)
			.thenComparingLong(Dated::published)
			.reversed();

	}

	/**
	 * Scores the first pass's top hits by the query with the phrase bonus; a hit that it
	 * does not match (none: it matches what the first pass matched) keeps its score.
	 */
	private static final class AdjacencyRescorer extends QueryRescorer {

		AdjacencyRescorer(Query adjacent) {
			super(adjacent);
		}

		@Override
		protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
			return secondPassMatches ? secondPassScore : firstPassScore;
		}

	}

	/** The publication day of document {@code doc} (its doc value), for ordering ties. */
	private static long published(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		NumericDocValues values = DocValues.getNumeric(leaf.reader(), PUBLISHED);
		return values.advanceExact(doc - leaf.docBase) ? values.longValue() : Long.MIN_VALUE;
	}

	private long count(Query query) {
		return withSearcher(searcher -> searcher.count(query));
	}

	/** The words (all entries when {@code null}) with the query's filters. */
	private static Query filtered(Query words, SearchQuery query) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
		filter(all, "agency", query.agencyId() == null ? null : query.agencyId().toString());
		filter(all, "item", query.article20Item() == null ? null : query.article20Item().toString());
		filter(all, "topic", query.topic());
		filter(all, "year", query.year() == null ? null : query.year().toString());
		filter(all, "validity", query.validity());
		return all.build();
	}

	private static boolean hasFilter(SearchQuery query) {
		return query.agencyId() != null || query.article20Item() != null || query.topic() != null
				|| query.year() != null || query.validity() != null;
	}

	private static void filter(BooleanQuery.Builder query, String field, String value) {
		if (value != null) {
			query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

	/**
	 * The words of the text as a query: every chunk must match; {@code null} when the
	 * text holds no word at all (only punctuation or syntax characters).
	 * @param adjacency whether a chunk of several words scores higher where they are
	 * adjacent (a phrase clause that reads positions; for the rescoring of the top hits)
	 */
	Query words(String text, boolean adjacency) {
		return words(analyse(text), adjacency);
	}

	private static Query words(List<Words> analysed, boolean adjacency) {
		List<Query> placements = adjacency ? null : placements(analysed);
		if (placements != null) {
			return byFields(placements);
		}
		List<List<Query>> chunks = perChunkAndField(analysed, adjacency);
		return chunks.isEmpty() ? null : chunkwise(chunks);
	}

	/**
	 * The text as a conjunction of its chunks, each the disjunction of its fields: the
	 * form of the rescoring, and of the first pass for more than
	 * {@link #MAX_CHUNKS_BY_FIELD} chunks.
	 */
	Query chunkwise(String text, boolean adjacency) {
		List<List<Query>> chunks = perChunkAndField(analyse(text), adjacency);
		return chunks.isEmpty() ? null : chunkwise(chunks);
	}

	private static Query chunkwise(List<List<Query>> chunks) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (List<Query> perField : chunks) {
			// The best field's score alone (no tie-breaker): a disjunction with a
			// tie-breaker cannot tell Lucene a minimum competitive score, so every match
			// of a broad word was scored (one word by relevance over 1,000,000 entries:
			// p50 101 ms).
			all.add(new DisjunctionMaxQuery(perField, 0f), Occur.MUST);
		}
		return all.build();
	}

	/**
	 * The same matches and scores as {@link #chunkwise(List)}, as the disjunction (best
	 * one) of the {@link #placements}, the conjunctions of every way to place each chunk
	 * in one field: the sum of each chunk's best field is the best placement's sum. Each
	 * conjunction knows its own bound per block of documents, so Lucene skips the blocks
	 * where no placement can reach the page; the conjunction of disjunctions could not,
	 * since each chunk's bound is that of its best field (the title) in every block, and
	 * scored every document holding the words in any field (two words over 1,000,000
	 * entries: p50 94 ms).
	 */
	private static Query byFields(List<Query> placements) {
		return new DisjunctionMaxQuery(placements, 0f);
	}

	private static void place(List<List<Query>> chunks, int chunk, List<Query> chosen, List<Query> placements) {
		if (chunk == chunks.size()) {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			chosen.forEach(query -> all.add(query, Occur.MUST));
			placements.add(all.build());
			return;
		}
		for (Query inField : chunks.get(chunk)) {
			chosen.add(inField);
			place(chunks, chunk + 1, chosen, placements);
			chosen.remove(chosen.size() - 1);
		}
	}

	/** The words of a chunk of the visitor's text, and whether it was quoted. */
	record Words(List<String> tokens, boolean phrase) {
	}

	/** The chunks of the text that hold words, each with its words. */
	private List<Words> analyse(String text) {
		List<Words> analysed = new ArrayList<>();
		for (Chunk chunk : chunks(text)) {
			List<String> tokens = tokens(chunk.text());
			if (!tokens.isEmpty()) {
				analysed.add(new Words(tokens, chunk.phrase()));
			}
		}
		return analysed;
	}

	/**
	 * Whether the phrase bonus changes a score: an unquoted chunk of several words (a
	 * quoted one is its phrase already).
	 */
	private static boolean scoresAdjacency(List<Words> analysed) {
		return analysed.stream().anyMatch(chunk -> !chunk.phrase() && chunk.tokens().size() > 1);
	}

	/** Per chunk, its query in each field, boosted. */
	private static List<List<Query>> perChunkAndField(List<Words> analysed, boolean adjacency) {
		List<List<Query>> chunks = new ArrayList<>();
		for (Words chunk : analysed) {
			List<Query> perField = new ArrayList<>();
			for (int f = 0; f < FIELDS.length; f++) {
				perField
					.add(new BoostQuery(fieldQuery(FIELDS[f], chunk.tokens(), chunk.phrase(), adjacency), BOOSTS[f]));
			}
			chunks.add(perField);
		}
		return chunks;
	}

	/** The best hits of a first pass, as entry ids with their scores (for the tests). */
	record FirstPassHits(List<Long> ids, List<Float> scores, int placements, int read) {
	}

	/**
	 * The first pass of a search by relevance over up to {@link #MAX_CHUNKS_BY_FIELD}
	 * chunks, by {@link BestPlacements} or, {@code pruned} false, as the disjunction of
	 * every placement (for the tests).
	 */
	FirstPassHits firstPass(SearchQuery query, int collect, boolean pruned) {
		List<Query> placements = placements(analyse(query.text()));
		return withSearcher(searcher -> {
			ScoreDoc[] hits;
			int read = placements.size();
			if (pruned) {
				BestPlacements.Found found = bestPlacements.search(searcher, placements,
						words -> filtered(words, query), collect);
				hits = found.hits();
				read = found.read();
			}
			else {
				hits = searcher.search(filtered(new DisjunctionMaxQuery(placements, 0f), query),
						new TopScoreDocCollectorManager(collect, null, SearchQuery.MAX_RANK)).scoreDocs;
			}
			List<Long> ids = new ArrayList<>();
			List<Float> scores = new ArrayList<>();
			for (ScoreDoc hit : hits) {
				ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
				scores.add(hit.score);
			}
			return new FirstPassHits(ids, scores, placements.size(), read);
		});
	}

	/** How many segments hold words whose score bounds were read (for the tests). */
	int segmentsWithBounds() {
		return bestPlacements.segmentsKept();
	}

	/** Work on the current searcher. */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = current.searchers().acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				current.searchers().release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Work on a searcher, which may fail to read the index. */
	@FunctionalInterface
	interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/**
	 * The scores of the documents that the query matches, by entry id (for the tests).
	 */
	Map<Long, Float> scores(Query query) {
		return withSearcher(searcher -> {
			Map<Long, Float> scores = new HashMap<>();
			for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
				scores.put(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)), hit.score);
			}
			return scores;
		});
	}

	private static Query fieldQuery(String field, List<String> tokens, boolean phraseOnly, boolean adjacency) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0)));
		}
		PhraseQuery phrase = new PhraseQuery(field, tokens.toArray(String[]::new));
		if (phraseOnly) {
			// The phrase's pairs of words find its few candidates; the phrase alone reads
			// the positions of every entry holding its words (tens of thousands for
			// common words). The phrase checks positions on the candidates only and
			// scores, as before.
			BooleanQuery.Builder candidates = new BooleanQuery.Builder();
			candidates.add(phrase, Occur.MUST);
			for (int i = 0; i + 1 < tokens.size(); i++) {
				candidates.add(
						new TermQuery(new Term(field + PAIRS, AnalysedText.pair(tokens.get(i), tokens.get(i + 1)))),
						Occur.FILTER);
			}
			return candidates.build();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String token : tokens) {
			words.add(new TermQuery(new Term(field, token)), Occur.MUST);
		}
		if (adjacency) {
			words.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
		}
		return words.build();
	}

	/** A piece of the visitor's text; quoted pieces are phrases. */
	record Chunk(String text, boolean phrase) {
	}

	/**
	 * Cuts the text at spaces and paired quotes (ASCII or Chinese); a lone quote is a
	 * space.
	 */
	static List<Chunk> chunks(String text) {
		List<Chunk> chunks = new ArrayList<>();
		String normalised = text.replace('“', '"').replace('”', '"');
		long quotes = normalised.chars().filter(c -> c == '"').count();
		if (quotes % 2 == 1) {
			int last = normalised.lastIndexOf('"');
			normalised = normalised.substring(0, last) + " " + normalised.substring(last + 1);
		}
		String[] parts = normalised.split("\"", -1);
		for (int i = 0; i < parts.length; i++) {
			boolean quoted = i % 2 == 1;
			if (quoted) {
				if (!parts[i].isBlank()) {
					chunks.add(new Chunk(parts[i], true));
				}
			}
			else {
				for (String word : parts[i].split("[\\s\\u3000]+")) {
					if (!word.isBlank()) {
						chunks.add(new Chunk(word, false));
					}
				}
			}
		}
		return chunks;
	}

	/** The words the analyzer finds in the text, punctuation dropped. */
	List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				if (!token.isBlank() && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
					tokens.add(token);
				}
				if (tokens.size() >= 32) {
					break;
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= 160 ? text : text.substring(0, 160) + "…";
	}

	private static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static void closeQuietly(Holder holder) {
		try {
			holder.close();
		}
		catch (IOException | RuntimeException e) {
			log.warn("Closing a search index failed: {}", e.toString());
		}
	}

	private static void deleteQuietly(Path path) {
		try (var files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			log.warn("Removing the old search index {} failed: {}", path, e.toString());
		}
	}

	@Override
	public void close() {
		swap.writeLock().lock();
		try {
			if (current.path() != null) {
				current.writer().commit();
			}
			current.close();
		}
		catch (IOException e) {
			log.warn("Closing the search index failed: {}", e.toString());
		}
		finally {
			slices.shutdown();
			swap.writeLock().unlock();
		}
	}

}
