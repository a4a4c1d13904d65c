package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.agencies.Role;
import org.gongkai.shared.InvalidInput;

/**
 * An agency's review before publishing (分级审核、先审后发, Article 17 of the Regulations): its
 * levels in order, exactly one of them the secrecy review. The default is the 三审 of the
 * seed report: the drafting desk (初审, the drafter may confirm their own draft), the
 * section head with the secrecy review (复审) and the leader who signs off (终审); the last
 * two need someone other than the drafter.
 */
public record ReviewChain(List<ReviewLevel> levels) {

	/** The most levels a chain may have. */
	public static final int MAX_LEVELS = 9;

	public ReviewChain {
		levels = List.copyOf(levels);
		if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
			throw InvalidInput.of("levels", "disclosure.chain.size", MAX_LEVELS);
		}
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).level() != i + 1 || levels.get(i).role() == null) {
				throw InvalidInput.of("levels", "disclosure.chain.order");
			}
		}
		if (levels.stream().filter(ReviewLevel::secrecyReview).count() != 1) {
			throw InvalidInput.of("levels", "disclosure.chain.secrecy");
		}
	}

	/** The default three levels. */
	public static ReviewChain standard() {
		return new ReviewChain(List.of(new ReviewLevel(1, Role.PUBLISHER, false, false, "初审"),
				new ReviewLevel(2, Role.SECTION_HEAD, true, true, "复审"),
				new ReviewLevel(3, Role.LEADER, false, true, "终审（签发）")));
	}

	public int size() {
		return levels.size();
	}

	/** Level {@code k}, 1-based. */
	public ReviewLevel level(int k) {
		return levels.get(k - 1);
	}

}
