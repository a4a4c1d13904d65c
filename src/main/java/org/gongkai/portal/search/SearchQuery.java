package org.gongkai.portal.search;

/**
 * A visitor's search: words (quoted for a phrase; nothing else is syntax), filters that
 * may each be {@code null}, the order and the page.
 *
 * @param text the words as typed, cut to {@link #MAX_TEXT} characters
 * @param page from 1
 * @param size results per page, at most {@link #MAX_SIZE}
 */
public record SearchQuery(String text, Long agencyId, Integer article20Item, String topic, Integer year,
		String validity, Sort sort, int page, int size) {

	/** The longest text searched; the rest is ignored. */
	public static final int MAX_TEXT = 100;

	/** The largest page. */
	public static final int MAX_SIZE = 50;

	/** How deep a visitor may page: results beyond this rank are not served. */
	public static final int MAX_RANK = 1000;

	/** The order of the results. */
	public enum Sort {

		/** Best match first, the newer of equal matches first. */
		RELEVANCE,
		/** Newest publication first. */
		DATE

	}

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
		}
		sort = sort == null ? Sort.RELEVANCE : sort;
		page = Math.max(1, page);
		size = Math.max(1, Math.min(size <= 0 ? 10 : size, MAX_SIZE));
		topic = topic == null || topic.isBlank() ? null : topic.strip();
		validity = validity == null || validity.isBlank() ? null : validity.strip();
	}

	/** Whether there is anything to search or filter by. */
	public boolean isEmpty() {
		return text.isEmpty() && agencyId == null && article20Item == null && topic == null && year == null
				&& validity == null;
	}

	/** The query of another page. */
	public SearchQuery withPage(int other) {
		return new SearchQuery(text, agencyId, article20Item, topic, year, validity, sort, other, size);
	}

}
