package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.gongkai.requests.DeadlineStatus;
import org.gongkai.requests.RequestDeadlines;
import org.gongkai.requests.RequestSearch;

/**
 * The three deadline views shared by the console and the API: overdue, due soon, paused.
 * Candidates come from the indexed due date; each is then classified by its badge.
 */
final class DeadlineViews {

	private DeadlineViews() {
	}

	static List<RequestSearch.Row> rows(String view, Collection<Long> agencies, Long handlerId, int limit,
			RequestSearch search, RequestDeadlines requestDeadlines, LocalDate today) {
		return switch (view) {
			case "overdue" -> search.runningDue(agencies, handlerId, null, today.minusDays(1), today, limit)
				.stream()
				.filter(row -> requestDeadlines.listBadge(row, today) == DeadlineStatus.Badge.LATE)
				.toList();
			case "due-soon" ->
				search.runningDue(agencies, handlerId, today, requestDeadlines.dueSoonLimit(today), today, limit)
					.stream()
					.filter(row -> requestDeadlines.listBadge(row, today) == DeadlineStatus.Badge.SOON)
					.toList();
			case "paused" -> search.paused(agencies, handlerId, today, limit);
			default -> throw new IllegalArgumentException("view 须为 overdue、due-soon 或 paused");
		};
	}

}
