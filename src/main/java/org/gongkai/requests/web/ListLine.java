package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.requests.DeadlineStatus;
import org.gongkai.requests.RequestDeadlines;
import org.gongkai.requests.RequestSearch;

/**
 * A line of a staff list, in the console and the API alike: the row with its badge and
 * working days left, read from the indexed due date on one {@code today} for the whole
 * list.
 */
record ListLine(RequestSearch.Row row, DeadlineStatus.Badge badge, Integer workingDaysLeft) {

	static List<ListLine> of(List<RequestSearch.Row> rows, RequestDeadlines requestDeadlines, LocalDate today) {
		return rows.stream()
			.map(row -> new ListLine(row, requestDeadlines.listBadge(row, today),
					row.status().isOpen() && row.dueIndex() != null
							? requestDeadlines.workingDaysLeft(row.dueIndex(), today) : null))
			.toList();
	}

}
