package org.gongkai.portal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of results.
 *
 * @param total how many entries match ({@code totalIsLowerBound}: at least that many)
 * @param hits the page, with highlighted passages already HTML-escaped and marked with
 * {@code <mark>}
 */
public record SearchResult(SearchQuery query, long total, boolean totalIsLowerBound, List<Hit> hits) {

	/** One result. */
	public record Hit(long id, long agencyId, String agencyName, String indexNumber, String titleHtml,
			String snippetHtml, String documentNumber, Integer article20Item, String topic, String validity,
			LocalDate publishedOn) {
	}

	/** The number of pages that may be served, at least 1. */
	public int pages() {
		long servable = Math.min(total, SearchQuery.MAX_RANK);
		return (int) Math.max(1, (servable + query.size() - 1) / query.size());
	}

	/** An empty result. */
	public static SearchResult none(SearchQuery query) {
		return new SearchResult(query, 0, false, List.of());
	}

}
