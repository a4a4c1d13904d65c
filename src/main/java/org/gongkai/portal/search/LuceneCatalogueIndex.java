package org.gongkai.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.lucene.search.ScoreDoc;
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

	/** Hits collected beyond the page, so that ties by score are ordered by date. */
	static final int TIE_WINDOW = 50;

	/** The fields searched and their weights. */
	private static final String[] FIELDS = { TITLE, META, BODY, ATTACHMENTS };

	private static final float[] BOOSTS = { 4f, 2f, 1f, 0.5f };

	/** Stored text is cut to this length (highlighting needs it; the index holds all). */
	private static final int STORED_TEXT = 20_000;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final Path folder;

	/** Text fields stored (for highlighting) and not stored. */
	private final FieldType stored;

	private final FieldType unstored;

	private final ReadWriteLock swap = new ReentrantReadWriteLock();

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
		this.stored = textType(true, offsets);
		this.unstored = textType(false, offsets);
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
			return new Holder(directory, writer, new SearcherManager(writer, null), path);
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
			for (IndexedEntry entry : put) {
				writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry));
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
		try {
			IndexSearcher searcher = current.searchers().acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				current.searchers().release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		doc.add(new Field(TITLE, nonNull(entry.title()), stored));
		doc.add(new TextField(META, nonNull(entry.indexNumber()) + " " + nonNull(entry.documentNumber()) + " "
				+ nonNull(entry.topic()) + " " + nonNull(entry.agencyName()), Field.Store.NO));
		addText(doc, BODY, entry.body());
		addText(doc, ATTACHMENTS, entry.attachments());
		return doc;
	}

	private void addText(Document doc, String field, String text) {
		String value = nonNull(text);
		if (value.length() <= STORED_TEXT) {
			doc.add(new Field(field, value, stored));
		}
		else {
			doc.add(new Field(field, value, unstored));
			doc.add(new StoredField(field, value.substring(0, STORED_TEXT)));
		}
	}

	private static FieldType textType(boolean store, boolean offsets) {
		FieldType type = new FieldType(store ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
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
		Query words = words(query.text());
		if (words == null && !query.text().isEmpty() && !hasFilter(query)) {
			return SearchResult.none(query);
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
		filter(all, "agency", query.agencyId() == null ? null : query.agencyId().toString());
		filter(all, "item", query.article20Item() == null ? null : query.article20Item().toString());
		filter(all, "topic", query.topic());
		filter(all, "year", query.year() == null ? null : query.year().toString());
		filter(all, "validity", query.validity());
		Query built = all.build();
		int from = (query.page() - 1) * query.size();
		if (from >= SearchQuery.MAX_RANK) {
			return new SearchResult(query, count(built), false, List.of());
		}
		int upTo = Math.min(from + query.size(), SearchQuery.MAX_RANK);
		Sort byDate = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC);
		SearcherManager searchers = current.searchers();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs top = words != null && query.sort() != SearchQuery.Sort.DATE
						? byRelevance(searcher, built, upTo) : searcher.search(built, upTo, byDate, words != null);
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
					Map<String, String[]> marked = highlighter.highlightFields(
							new String[] { TITLE, BODY, ATTACHMENTS }, words, pageDocs, new int[] { 1, 2, 1 });
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
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The best {@code upTo} hits by score, the newer first among equal scores. Collected
	 * by score alone, so that Lucene skips the documents that cannot reach the page
	 * (block-max WAND: a sort that names the score as one of its fields reads and scores
	 * every match, which made broad words over a large catalogue the slow tail), with a
	 * window of {@link #TIE_WINDOW} more hits, then ordered by score and date: ties are
	 * broken by date within the window, and only a tie across its edge falls back to
	 * index order. Counts exactly up to {@link SearchQuery#MAX_RANK} hits, as before.
	 */
	private static TopDocs byRelevance(IndexSearcher searcher, Query query, int upTo) throws IOException {
		TopDocs top = searcher.search(query,
				new TopScoreDocCollectorManager(upTo + TIE_WINDOW, null, SearchQuery.MAX_RANK));
		ScoreDoc[] hits = top.scoreDocs.clone();
		long[] dates = new long[hits.length];
		for (int i = 0; i < hits.length; i++) {
			dates[i] = published(searcher, hits[i].doc);
		}
		Integer[] order = new Integer[hits.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> hits[a].score != hits[b].score ? Float.compare(hits[b].score, hits[a].score)
				: Long.compare(dates[b], dates[a]));
		ScoreDoc[] sorted = new ScoreDoc[Math.min(upTo, hits.length)];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = hits[order[i]];
		}
		return new TopDocs(top.totalHits, sorted);
	}

	/** The publication day of document {@code doc} (its doc value), for ordering ties. */
	private static long published(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		NumericDocValues values = DocValues.getNumeric(leaf.reader(), PUBLISHED);
		return values.advanceExact(doc - leaf.docBase) ? values.longValue() : Long.MIN_VALUE;
	}

	private long count(Query query) {
		try {
			IndexSearcher searcher = current.searchers().acquire();
			try {
				return searcher.count(query);
			}
			finally {
				current.searchers().release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
	 */
	Query words(String text) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int chunks = 0;
		for (Chunk chunk : chunks(text)) {
			List<String> tokens = tokens(chunk.text());
			if (tokens.isEmpty()) {
				continue;
			}
			List<Query> perField = new ArrayList<>();
			for (int f = 0; f < FIELDS.length; f++) {
				perField.add(new BoostQuery(fieldQuery(FIELDS[f], tokens, chunk.phrase()), BOOSTS[f]));
			}
			// The best field's score alone (no tie-breaker): a disjunction with a
			// tie-breaker cannot tell Lucene a minimum competitive score, so every match
			// of a broad word was scored (one word by relevance over 1,000,000 entries:
			// p50 101 ms).
			all.add(new DisjunctionMaxQuery(perField, 0f), Occur.MUST);
			chunks++;
		}
		return chunks == 0 ? null : all.build();
	}

	private static Query fieldQuery(String field, List<String> tokens, boolean phraseOnly) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0)));
		}
		PhraseQuery phrase = new PhraseQuery(field, tokens.toArray(String[]::new));
		if (phraseOnly) {
			return phrase;
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String token : tokens) {
			words.add(new TermQuery(new Term(field, token)), Occur.MUST);
		}
		words.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
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
			swap.writeLock().unlock();
		}
	}

}
