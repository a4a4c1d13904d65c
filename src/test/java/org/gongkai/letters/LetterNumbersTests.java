package org.gongkai.letters;

import org.gongkai.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document-number pattern. */
class LetterNumbersTests {

	@Test
	void formatsYearAndSerial() {
		assertThat(LetterNumbers.format(LetterNumbers.DEFAULT_PATTERN, 2026, 7)).isEqualTo("依申请〔2026〕7号");
		assertThat(LetterNumbers.format("卧商公开〔{年}〕{号:3}号", 2026, 7)).isEqualTo("卧商公开〔2026〕007号");
		assertThat(LetterNumbers.format("WL-{号:2}", 2026, 1234)).isEqualTo("WL-1234");
	}

	@Test
	void refusesAPatternWithoutExactlyOneSerialOrWithAnUnknownToken() {
		assertThat(LetterNumbers.check(" 卧商〔{年}〕{号}号 ")).isEqualTo("卧商〔{年}〕{号}号");
		assertThatThrownBy(() -> LetterNumbers.check("卧商〔{年}〕号")).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).code())
			.isEqualTo("letters.pattern.serial");
		assertThatThrownBy(() -> LetterNumbers.check("{号}-{号}")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> LetterNumbers.check("{月}{号}")).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).code())
			.isEqualTo("letters.pattern.token");
		assertThatThrownBy(() -> LetterNumbers.check(" ")).isInstanceOf(InvalidInput.class);
	}

}
