package org.gongkai.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.disclosure.Fixtures.DRAFTER;
import static org.gongkai.disclosure.Fixtures.LEADER;
import static org.gongkai.disclosure.Fixtures.NOW;
import static org.gongkai.disclosure.Fixtures.SECTION_HEAD;
import static org.gongkai.disclosure.Fixtures.TODAY;
import static org.gongkai.disclosure.Fixtures.chainOf;
import static org.gongkai.disclosure.Fixtures.draft;
import static org.gongkai.disclosure.Fixtures.reviewerAt;

/** The review chain on the aggregate: no Spring, a fixed time. */
class CatalogueEntryTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 5 })
	void isPublishedOnlyAfterTheLastOfNLevelsApproves(int levels) {
		ReviewChain chain = chainOf(levels);
		CatalogueEntry entry = draft();
		entry.submit(chain, DRAFTER, NOW);
		for (int k = 1; k <= levels; k++) {
			assertThat(entry.getState()).isEqualTo(EntryState.IN_REVIEW);
			assertThat(entry.getReviewLevel()).isEqualTo(k);
			assertThat(entry.getPublicVersion()).as("nothing public before the last level").isNull();
			entry.approve(chain, reviewerAt(chain, k), "同意", NOW, TODAY);
		}
		assertThat(entry.getState()).isEqualTo(EntryState.PUBLISHED);
		assertThat(entry.getPublicVersion()).isEqualTo(1);
		assertThat(entry.getPublishedOn()).isEqualTo(TODAY);
		assertThat(entry.drainDecisions()).hasSize(levels).allMatch(ReviewDecision::approved);
		assertThat(entry.takeNewVersion()).isEqualTo(NOW);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 5 })
	void returnsToTheDrafterFromEveryLevelWithItsComments(int levels) {
		ReviewChain chain = chainOf(levels);
		for (int returnAt = 1; returnAt <= levels; returnAt++) {
			CatalogueEntry entry = draft();
			entry.submit(chain, DRAFTER, NOW);
			for (int k = 1; k < returnAt; k++) {
				entry.approve(chain, reviewerAt(chain, k), null, NOW, TODAY);
			}
			entry.returnForChanges(chain, reviewerAt(chain, returnAt), "发文字号有误", NOW);
			int level = returnAt;

			assertThat(entry.getState()).isEqualTo(EntryState.DRAFT);
			assertThat(entry.getReviewLevel()).isNull();
			assertThat(entry.getPublicVersion()).isNull();
			assertThat(entry.drainDecisions()).last()
				.satisfies(decision -> assertThat(decision.approved()).isFalse())
				.satisfies(decision -> assertThat(decision.level()).isEqualTo(level))
				.satisfies(decision -> assertThat(decision.comment()).isEqualTo("发文字号有误"));
			entry.submit(chain, DRAFTER, NOW);
			assertThat(entry.getReviewRound()).isEqualTo(2);
			assertThat(entry.getReviewLevel()).as("a new round starts at level 1").isEqualTo(1);
		}
	}

	@Test
	void refusesAReturnWithoutComments() {
		ReviewChain chain = ReviewChain.standard();
		CatalogueEntry entry = draft();
		entry.submit(chain, DRAFTER, NOW);
		assertThatThrownBy(() -> entry.returnForChanges(chain, DRAFTER, " ", NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("审核意见");
	}

	@Test
	void theDrafterConfirmsLevelOneButMayNotApproveTheirOwnDraftWhereOthersMust() {
		ReviewChain chain = ReviewChain.standard();
		Actor drafterWhoIsAlsoSectionHead = new Actor(DRAFTER.staffId(), DRAFTER.username(), DRAFTER.name(),
				Set.of(Role.PUBLISHER, Role.SECTION_HEAD));
		CatalogueEntry entry = draft();
		entry.submit(chain, DRAFTER, NOW);
		entry.approve(chain, drafterWhoIsAlsoSectionHead, null, NOW, TODAY);

		assertThatThrownBy(() -> entry.approve(chain, drafterWhoIsAlsoSectionHead, null, NOW, TODAY))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("disclosure.self-approval"));
		assertThat(entry.getReviewLevel()).isEqualTo(2);
	}

	@Test
	void refusesADecisionByARoleOfAnotherLevel() {
		ReviewChain chain = ReviewChain.standard();
		CatalogueEntry entry = draft();
		entry.submit(chain, DRAFTER, NOW);
		entry.approve(chain, DRAFTER, null, NOW, TODAY);
		assertThatThrownBy(() -> entry.approve(chain, LEADER, null, NOW, TODAY)).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("disclosure.wrong-level"));
	}

	@Test
	void refusesApprovalOfADraftThatWasNotSubmitted() {
		assertThatThrownBy(() -> draft().approve(ReviewChain.standard(), SECTION_HEAD, null, NOW, TODAY))
			.isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("disclosure.not-in-review"));
	}

	@Test
	void waitsForItsPublicationTimeAfterTheLastApproval() {
		ReviewChain chain = ReviewChain.standard();
		CatalogueEntry entry = draft();
		Instant nineTomorrow = Fixtures.at(TODAY.plusDays(1), 9);
		entry.schedule(nineTomorrow, DRAFTER, NOW);
		approveAll(entry, chain);

		assertThat(entry.getState()).isEqualTo(EntryState.SCHEDULED);
		assertThat(entry.getPublicVersion()).isNull();
		assertThat(entry.publishIfDue(nineTomorrow.minusSeconds(1), TODAY.plusDays(1))).isFalse();
		assertThat(entry.getPublicVersion()).isNull();
		assertThat(entry.publishIfDue(nineTomorrow, TODAY.plusDays(1))).isTrue();
		assertThat(entry.getState()).isEqualTo(EntryState.PUBLISHED);
		assertThat(entry.getPublishedOn()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void refusesAPublicationTimeInThePast() {
		assertThatThrownBy(() -> draft().schedule(NOW.minusSeconds(60), DRAFTER, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("晚于现在");
	}

	@Test
	void aChangeAfterPublicationGoesThroughTheChainAgainWhileTheOldVersionStaysPublic() {
		ReviewChain chain = ReviewChain.standard();
		CatalogueEntry entry = draft();
		approveAll(entry, chain);
		entry.takeNewVersion();

		entry.revise(Fixtures.content("关于开展 2025 年消费促进活动的通知（修订）"), DRAFTER, NOW);
		assertThat(entry.getState()).isEqualTo(EntryState.DRAFT);
		assertThat(entry.getPublicVersion()).as("version 1 stays public during the new review").isEqualTo(1);
		entry.submit(chain, DRAFTER, NOW);
		entry.approve(chain, DRAFTER, null, NOW, TODAY);
		entry.approve(chain, SECTION_HEAD, null, NOW, TODAY);
		assertThat(entry.getPublicVersion()).isEqualTo(1);
		entry.approve(chain, LEADER, null, NOW, TODAY.plusDays(2));

		assertThat(entry.getPublicVersion()).isEqualTo(2);
		assertThat(entry.getLastVersion()).isEqualTo(2);
		assertThat(entry.getFirstPublishedOn()).isEqualTo(TODAY);
	}

	@Test
	void refusesAChangeWhileInReview() {
		CatalogueEntry entry = draft();
		entry.submit(ReviewChain.standard(), DRAFTER, NOW);
		assertThatThrownBy(() -> entry.revise(Fixtures.content("新标题"), DRAFTER, NOW)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void withdrawalNeedsAReasonAndHidesThePublicVersion() {
		ReviewChain chain = ReviewChain.standard();
		CatalogueEntry entry = draft();
		assertThatThrownBy(() -> entry.withdraw("错发", DRAFTER, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚未发布");
		approveAll(entry, chain);
		assertThatThrownBy(() -> entry.withdraw("", DRAFTER, NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("理由");

		entry.withdraw("政策已调整", DRAFTER, NOW);
		assertThat(entry.getState()).isEqualTo(EntryState.WITHDRAWN);
		assertThat(entry.getPublicVersion()).isNull();
		assertThat(entry.getWithdrawnReason()).isEqualTo("政策已调整");
	}

	@Test
	void aChainHasExactlyOneSecrecyReviewAndLevelsInOrder() {
		assertThatThrownBy(() -> new ReviewChain(List.of(new ReviewLevel(1, Role.LEADER, false, true))))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new ReviewChain(List.of(new ReviewLevel(2, Role.LEADER, true, true))))
			.isInstanceOf(InvalidInput.class);
		assertThat(ReviewChain.standard().levels()).extracting(ReviewLevel::role)
			.containsExactly(Role.PUBLISHER, Role.SECTION_HEAD, Role.LEADER);
	}

	private static void approveAll(CatalogueEntry entry, ReviewChain chain) {
		entry.submit(chain, DRAFTER, NOW);
		entry.approve(chain, DRAFTER, null, NOW, TODAY);
		entry.approve(chain, SECTION_HEAD, null, NOW, TODAY);
		entry.approve(chain, LEADER, null, NOW, TODAY);
	}

}
