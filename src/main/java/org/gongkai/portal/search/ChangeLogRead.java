package org.gongkai.portal.search;

import java.time.Instant;

/**
 * A read of the search change log ({@code portal_search_change}) by this instance's
 * {@link IndexFeed}, published after every read that succeeded: the one reader of the log
 * tells the index and whatever else keeps copies of the catalogue (the portal's page
 * cache) what changed through any instance.
 *
 * @param readAt when the read began: every change committed before it was seen
 * @param changed whether the read found a change this instance had not seen before
 */
public record ChangeLogRead(Instant readAt, boolean changed) {
}
