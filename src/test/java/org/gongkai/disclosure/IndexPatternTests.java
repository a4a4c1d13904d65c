package org.gongkai.disclosure;

import org.gongkai.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 索引号 patterns: no Spring. */
class IndexPatternTests {

	@Test
	void formatsTheDefaultPatternWithCreditCodeYearAndFiveDigits() {
		assertThat(IndexPattern.standard().format(7, "11411303MB0000002X", 2023, 45))
			.isEqualTo("11411303MB0000002X/2023-00045");
		assertThat(IndexPattern.standard().yearly()).isTrue();
	}

	@Test
	void formatsAPatternWithoutYearOnOneRunningSequence() {
		IndexPattern pattern = new IndexPattern("WLSW-{机关ID}-{NNN}");
		assertThat(pattern.format(7, null, 2025, 12)).isEqualTo("WLSW-7-012");
		assertThat(pattern.yearly()).isFalse();
	}

	@Test
	void refusesAPatternWithoutExactlyOneSequenceOrWithUnknownPlaceholders() {
		assertThatThrownBy(() -> new IndexPattern("{统一社会信用代码}/{YYYY}")).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).code()).isEqualTo("disclosure.indexPattern.sequence"));
		assertThatThrownBy(() -> new IndexPattern("{NNN}-{NNN}")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new IndexPattern("{部门}/{NNNNN}")).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).code()).isEqualTo("disclosure.indexPattern.placeholder"));
	}

}
