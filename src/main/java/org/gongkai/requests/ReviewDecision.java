package org.gongkai.requests;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One level's decision on a draft reply: who reviewed, when, approve or return, and why.
 * Part of the {@link InformationRequest} aggregate.
 *
 * @param roundNo the handling round
 * @param draftNo which draft of the round it concerns (a returned draft comes back with
 * the next number)
 * @param level the position in the review chain, from 1
 * @param levelRole the role the level requires, such as {@code REVIEWER}
 * @param reviewerId the reviewing staff member
 * @param reviewerName their name
 * @param decidedAt when
 * @param approved approve ({@code true}) or return ({@code false})
 * @param comment the reviewer's comment; required when returning
 */
@Table("request_review")
public record ReviewDecision(int roundNo, int draftNo, int level, String levelRole, long reviewerId,
		String reviewerName, Instant decidedAt, boolean approved, @Column("review_comment") String comment) {
}
