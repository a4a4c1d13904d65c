package org.gongkai.reports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker's fast paths give what the general code they skip would: the width mapping
 * what NFKC gives, the line split what {@code Pattern.split} gives, the cell kinds what
 * the patterns they replace give, the tag search what a lower-cased copy gives. Random
 * texts from characters that each path treats specially, fixed seed.
 */
class CheckerFastPathTests {

	private static final String POOL = "0123456789 -/.,、。（）()１２３４５ＡＢａｂ！＃／－　\u00a0\t\r\n" + "一二三本年新收政府信息公开"
			+ "“”《》—…·ĀéÅ\u0301\uff61ｶﾞ" + "<HhTtMmLlBbOoDdYyPpAaEe!cChHaArRsSeEtT=İK\u017f";

	private final Random random = new Random(16);

	private String randomText(int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = this.random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.append(POOL.charAt(this.random.nextInt(POOL.length())));
		}
		return text.toString();
	}

	@Test
	void widthIsWhatNfkcGives() {
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(12);
			String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC)
				.replace('\u00a0', ' ')
				.replace('\u3000', ' ');
			assertThat(Labels.width(text)).as(text).isEqualTo(nfkc);
		}
		assertThat(Labels.width("（一）１２３　ＡＢ")).isEqualTo("(一)123 AB");
	}

	@Test
	void linesAreWhatPatternSplitGives() {
		Pattern lineBreak = Pattern.compile("\\r?\\n|\\r");
		for (int i = 0; i < 20_000; i++) {
			String text = randomText(16);
			assertThat(ReportDocument.lines(text)).as(text).isEqualTo(Arrays.asList(lineBreak.split(text)));
		}
		assertThat(ReportDocument.lines("")).containsExactly("");
		assertThat(ReportDocument.lines("\n\r\n")).isEmpty();
	}

	@Test
	void cellKindsAreWhatThePatternsGive() {
		Pattern number = Pattern.compile("-?\\d{1,9}");
		Pattern digits = Pattern.compile("\\d{10,200}");
		List<String> cells = new ArrayList<>(List.of("0", "-1", "-", "123456789", "1234567890", "-1234567890",
				"801000081", "0801000081", "1.5", "/", "", " 12 件", "１２", "--1", "1-"));
		for (int i = 0; i < 5_000; i++) {
			cells.add(randomDigits());
		}
		for (String cell : cells) {
			Cells.Value value = Cells.value(cell);
			String text = Labels.width(cell).strip().replace(",", "").replace(" ", "");
			if (text.endsWith("件") || text.endsWith("个")) {
				text = text.substring(0, text.length() - 1);
			}
			if (!text.isEmpty() && number.matcher(text).matches()) {
				assertThat(value.kind()).as(cell).isEqualTo(Cells.Kind.NUMBER);
			}
			else if (digits.matcher(text).matches()) {
				assertThat(value.kind()).as(cell).isEqualTo(Cells.Kind.DIGITS);
			}
			else {
				assertThat(value).as(cell)
					.matches(v -> v == null || (v.kind() != Cells.Kind.NUMBER && v.kind() != Cells.Kind.DIGITS));
			}
		}
	}

	private String randomDigits() {
		StringBuilder text = new StringBuilder(this.random.nextBoolean() ? "-" : "");
		int length = this.random.nextInt(14);
		for (int i = 0; i < length; i++) {
			text.append((char) ('0' + this.random.nextInt(10)));
		}
		if (this.random.nextInt(8) == 0) {
			text.insert(this.random.nextInt(text.length() + 1), "x.- ".charAt(this.random.nextInt(4)));
		}
		return text.toString();
	}

	@Test
	void trailingValuesArePeeledAsBefore() {
		assertThat(Cells.split(List.of("规章 0 1 2")).label()).isEqualTo("规章");
		assertThat(Cells.split(List.of("规章 0 1 2")).values()).extracting(Cells.Value::text)
			.containsExactly("0", "1", "2");
		assertThat(Cells.split(List.of("总计801000081")).values()).extracting(Cells.Value::kind)
			.containsExactly(Cells.Kind.NUMBER);
		assertThat(Cells.split(List.of("（七）总计", "1", "/")).values()).extracting(Cells.Value::kind)
			.containsExactly(Cells.Kind.NUMBER, Cells.Kind.PLACEHOLDER);
		assertThat(Cells.split(List.of("三、本年度办理结果")).values()).isEmpty();
	}

	@Test
	void theTagSearchIsWhatALowerCasedCopyGives() {
		for (String word : List.of("<html", "<!doctype html", "<body", "<table", "<p", "charset=")) {
			for (int i = 0; i < 20_000; i++) {
				String text = randomText(20);
				int expected = text.toLowerCase(Locale.ROOT).indexOf(word);
				int found = DocumentReaders.indexOfIgnoreCase(text, word, text.length());
				assertThat(found >= 0).as(text).isEqualTo(expected >= 0);
				if (text.indexOf('İ') < 0) {
					// İ is the one character whose lower case is longer, moving what
					// follows
					assertThat(found).as(text).isEqualTo(expected);
				}
			}
		}
		assertThat(HtmlReader.declaredCharset("<META charset=\"GBK\">")).isEqualTo("gbk");
		assertThat(HtmlReader.declaredCharset("<p>no charset</p>")).isNull();
	}

}
