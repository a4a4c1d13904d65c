package org.gongkai.letters;

import java.util.LinkedHashMap;
import java.util.Map;

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
		assertThat(LetterKind.values()).filteredOn(LetterKind::isReply).hasSize(Outcome.values().length);
	}

	/**
	 * Each reply against the article regulations.md gives its row: Article 36 items 4 and
	 * 5 are two replies of row 三（四）1, each citing its own item.
	 */
	@Test
	void everyReplyCitesTheArticleOfItsRow() {
		Map<String, String> articles = new LinkedHashMap<>();
		articles.put("granted", "《条例》第三十六条第（一）、（二）项");
		articles.put("partiallyGranted", "《条例》第三十七条");
		articles.put("withheld.stateSecret", "《条例》第十四条");
		articles.put("withheld.prohibitedByLaw", "《条例》第十四条");
		articles.put("withheld.endangersSecurityOrStability", "《条例》第十四条");
		articles.put("withheld.thirdPartyRights", "《条例》第十五条、第三十二条");
		articles.put("withheld.internalAffairs", "《条例》第十六条第一款");
		articles.put("withheld.processInformation", "《条例》第十六条第二款");
		articles.put("withheld.lawEnforcementFile", "《条例》第十六条第二款");
		articles.put("withheld.administrativeQuery", "《条例》第三十六条第（七）项");
		articles.put("unavailable.notHeld", "《条例》第三十六条第（四）项");
		articles.put("unavailable.notResponsible", "《条例》第三十六条第（五）项");
		articles.put("unavailable.needsCreation", "《条例》第三十八条");
		articles.put("unavailable.unclearAfterCorrection", "《条例》第三十条");
		articles.put("notProcessed.petitionOrComplaint", "《条例》第三十九条第一款");
		articles.put("notProcessed.repeated", "《条例》第三十六条第（六）项");
		articles.put("notProcessed.publication", "《条例》第三十九条第二款");
		articles.put("notProcessed.excessive", "《条例》第三十五条");
		articles.put("notProcessed.confirmationOfObtained", "《条例》第三十八条（参照）");
		articles.put("otherDisposal.correctionOverdue", "《条例》第三十条");
		articles.put("otherDisposal.feeUnpaid", "《条例》第四十二条，《政府信息公开信息处理费管理办法》");
		articles.put("otherDisposal.other", "《条例》第三十六条");
		Map<String, String> actual = new LinkedHashMap<>();
		for (LetterKind kind : LetterKind.values()) {
			kind.outcomeKey().ifPresent(key -> actual.put(key, kind.legalBasis()));
		}
		assertThat(actual).containsExactlyEntriesOf(articles);
		assertThat(LetterKind.replyFor("unavailable.notResponsible"))
			.isSameAs(LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE);
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
