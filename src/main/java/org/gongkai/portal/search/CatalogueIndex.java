package org.gongkai.portal.search;

import java.util.Iterator;
import java.util.List;

/**
 * The full-text index of the published catalogue: what the portal's search asks, and what
 * {@link IndexFeed} keeps in step with the database. The default is Lucene embedded in
 * each instance ({@link LuceneCatalogueIndex}); a region that outgrows one machine
 * provides another bean of this type backed by an OpenSearch cluster (docs/portal.md).
 */
public interface CatalogueIndex {

	/** Adds the entry or replaces the copy held. */
	void put(IndexedEntry entry);

	/** Removes the entry; nothing happens if it is not held. */
	void remove(long entryId);

	/**
	 * Applies several changes at once: puts {@code put}, removes {@code removed};
	 * searches see them when this returns. An index that can should make them visible
	 * together, once (a refresh per change is what makes one-at-a-time indexing slow).
	 */
	default void update(List<IndexedEntry> put, List<Long> removed) {
		put.forEach(this::put);
		removed.forEach(this::remove);
	}

	/**
	 * Replaces the whole index by {@code entries} without interrupting searches: they see
	 * the old index until the new one is complete.
	 * @return how many entries were indexed
	 */
	long replaceAll(Iterator<IndexedEntry> entries);

	/** Answers a search; never fails on what a visitor typed. */
	SearchResult search(SearchQuery query);

	/** How many entries are held. */
	long size();

}
