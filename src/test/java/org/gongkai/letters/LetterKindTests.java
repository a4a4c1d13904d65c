package org.gongkai.letters;

import org.gongkai.requests.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kinds of letter against the outcome rows the applications module knows. */
class LetterKindTests {

	@Test
	void everyOutcomeRowHasItsReplyCitingTheSameArticle() {
		for (Outcome outcome : Outcome.values()) {
			LetterKind reply = LetterKind.replyFor(outcome.key());
			assertThat(reply.isReply()).isTrue();
			assertThat(reply.outcomeKey()).contains(outcome.key());
			if (!outcome.legalBasis().equals("—")) {
				assertThat(reply.legalBasis()).as(outcome.key()).isEqualTo(outcome.legalBasis());
			}
		}
		assertThat(LetterKind.values()).filteredOn(LetterKind::isReply).hasSize(Outcome.values().length).hasSize(21);
	}

	@Test
	void onlyTheGrantingReplyIsNotAdverse() {
		assertThat(LetterKind.values()).filteredOn(LetterKind::isReply)
			.filteredOn(kind -> !kind.isAdverse())
			.containsExactly(LetterKind.REPLY_GRANTED);
		assertThat(LetterKind.FEE_NOTICE.isAdverse()).isFalse();
	}

	@Test
	void codesAreUniqueAndRoundTrip() {
		for (LetterKind kind : LetterKind.values()) {
			assertThat(LetterKind.ofCode(kind.code())).isSameAs(kind);
		}
		assertThatThrownBy(() -> LetterKind.replyFor("nope")).isInstanceOf(IllegalArgumentException.class);
	}

}
