package org.gongkai.portal.search;

import java.time.LocalDate;

/**
 * A published entry as the index holds it: plain text of the title, body and attachments,
 * and the fields the filters and the result list need.
 *
 * @param article20Item the item of Article 20, or {@code null}
 * @param validity {@code VALID}, {@code EXPIRED} or {@code REPEALED}
 */
public record IndexedEntry(long id, long agencyId, String agencyName, String indexNumber, String title, String body,
		String attachments, String documentNumber, Integer article20Item, String topic, String validity,
		LocalDate publishedOn) {
}
