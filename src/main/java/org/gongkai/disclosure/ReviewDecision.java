package org.gongkai.disclosure;

import java.time.Instant;

/**
 * A decision taken at one level of the review chain.
 *
 * @param round the submission it belongs to (1 for the first, one more after each return
 * or change)
 * @param level the level of the chain
 * @param staffId who decided
 * @param staffName their name as shown
 * @param approved approved, or returned for changes
 * @param comment the reviewer's comments (required when returning)
 * @param decidedAt when
 */
public record ReviewDecision(int round, int level, long staffId, String staffName, boolean approved, String comment,
		Instant decidedAt) {
}
