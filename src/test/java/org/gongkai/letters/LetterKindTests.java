package org.gongkai.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.shared.ChineseBundles;

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

	/**
	 * The console reads each kind's legal basis in the page's language: in Chinese
	 * exactly the basis printed in letters, in English the same articles (issue 17 item
	 * 12).
	 */
	@Test
	void everyLegalBasisReadsInEnglishCitingTheSameArticles() {
		ResourceBundle chinese = ChineseBundles.of("i18n/letters");
		ResourceBundle english = ResourceBundle.getBundle("i18n/letters", Locale.ENGLISH);
		for (LetterKind kind : LetterKind.values()) {
			assertThat(chinese.getString(kind.legalBasisKey())).as(kind.code()).isEqualTo(kind.legalBasis());
			String basis = english.getString(kind.legalBasisKey());
			assertThat(basis).as(kind.code()).doesNotContainPattern("[\\u3000-\\u9fff\\uff00-\\uffef]");
			assertThat(numbers(Pattern.compile("(?:Articles?|and) (\\d+)"), basis, false)).as(kind.code())
				.isEqualTo(numbers(Pattern.compile("第([一二三四五六七八九十]+)条"), kind.legalBasis(), true));
		}
		assertThat(english.getString(LetterKind.REPLY_GRANTED.legalBasisKey()))
			.isEqualTo("Regulations, Article 36, items (1) and (2)");
		assertThat(english.getString(LetterKind.EXTENSION_NOTICE.legalBasisKey()))
			.isEqualTo("Regulations, Article 33, paragraph 2");
	}

	private static List<Integer> numbers(Pattern pattern, String text, boolean chineseNumerals) {
		List<Integer> numbers = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			numbers.add(chineseNumerals ? chineseNumber(matcher.group(1)) : Integer.parseInt(matcher.group(1)));
		}
		return numbers;
	}

	/** 十四 → 14, 三十六 → 36, 四十二 → 42. */
	private static int chineseNumber(String numeral) {
		String digits = "零一二三四五六七八九";
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return digits.indexOf(numeral);
		}
		int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0));
		int units = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1));
		return tens * 10 + units;
	}

}
