package org.gongkai.requests;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes against table 三 and the articles their replies cite (issue 11, item 9;
 * Article 36 (一)–(七), 37).
 */
class OutcomeTests {

	@Test
	void twentyTwoRepliesCountInTwentyOneOutcomeRowsAndTwentyFiveRowsInAll() {
		assertThat(Outcome.values()).hasSize(22);
		assertThat(Outcome.rows()).hasSize(21).doesNotContain(Outcome.UNAVAILABLE_NOT_RESPONSIBLE);
		assertThat(Outcome.rows().stream().map(Outcome::key).distinct()).hasSize(21);
		assertThat(RequestStatistics.ROW_KEYS).hasSize(25).doesNotContain("unavailable.notResponsible");
		assertThat(Arrays.stream(Outcome.values()).map(Outcome::rowKey))
			.allSatisfy(row -> assertThat(RequestStatistics.ROW_KEYS).contains(row));
	}

	@Test
	void notHeldAndNotResponsibleAreTwoRepliesOfRowFourOneEachCitingItsOwnItem() {
		assertThat(Outcome.UNAVAILABLE_NOT_HELD.legalBasis()).isEqualTo("《条例》第三十六条第（四）项");
		assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.legalBasis()).isEqualTo("《条例》第三十六条第（五）项");
		assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.key()).isEqualTo("unavailable.notResponsible");
		assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.rowKey()).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD.key());
		assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.group()).isEqualTo(Outcome.Group.UNAVAILABLE);
		assertThat(Outcome.ofKey("unavailable.notResponsible")).isSameAs(Outcome.UNAVAILABLE_NOT_RESPONSIBLE);
	}

	@Test
	void grantedAndPartiallyGrantedCiteTheirOwnArticlesAndThePartialLabelIsVerbatim() {
		assertThat(Outcome.GRANTED.legalBasis()).isEqualTo("《条例》第三十六条第（一）、（二）项");
		assertThat(Outcome.PARTIALLY_GRANTED.legalBasis()).isEqualTo("《条例》第三十七条");
		assertThat(Outcome.PARTIALLY_GRANTED.label()).isEqualTo("部分公开（区分处理的，只计这一情形，不计其他情形）");
	}

	@Test
	void everyOutcomeCitesOneArticleOfItsOwnAndNoOutcomeCitesTwoItemsOfArticleThirtySixItDoesNotUse() {
		List<String> bases = Arrays.stream(Outcome.values()).map(Outcome::legalBasis).toList();
		assertThat(bases).doesNotContain("《条例》第三十六条第（四）、（五）项");
		assertThat(bases).allSatisfy(basis -> assertThat(basis).isNotBlank());
	}

}
