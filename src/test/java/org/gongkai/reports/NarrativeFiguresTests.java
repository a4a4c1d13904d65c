package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NarrativeFigures read back from the fields they write, as AnnualReports rebuilds the
 * drafted text of a signed-off version from its compiled fields.
 */
class NarrativeFiguresTests {

	@Test
	void theFiguresOfAnAgencyWithAWeChatAccountRoundTripThroughTheirFields() {
		NarrativeFigures figures = new NarrativeFigures("卧龙区商务局", 2024, 120, 3, 118, 5, 80, 412L, 57, 30, 29, 2, 1,
				new BigDecimal("12.5"), 4L);
		assertThat(NarrativeFigures.of(figures.values(), true)).isEqualTo(figures);
	}

	@Test
	void anUnrecordedWeChatCountStaysUnrecordedThoughItsFieldReadsZero() {
		NarrativeFigures figures = new NarrativeFigures("卧龙区商务局", 2024, 0, 0, 0, 0, 0, 0L, null, 0, 0, 0, 0,
				BigDecimal.ZERO, 0L);
		assertThat(figures.values()).containsEntry("wechat", "0");
		NarrativeFigures read = NarrativeFigures.of(figures.values(), false);
		assertThat(read).isEqualTo(figures);
		assertThat(read.wechat()).isNull();
	}

	@Test
	void fieldsKeptBeforeTheReopenedRoundsWereStatedReadNoneReopened() {
		NarrativeFigures figures = new NarrativeFigures("卧龙区商务局", 2023, 9, 1, 8, 2, 6, 10L, 3, 4, 4, 1, 0,
				new BigDecimal("100"), 0L);
		Map<String, String> kept = new LinkedHashMap<>(figures.values());
		kept.remove("reopened");
		assertThat(NarrativeFigures.of(kept, true)).isEqualTo(figures);
		assertThat(Narrative.draft(NarrativeFigures.of(kept, true)).section(1))
			.isEqualTo(Narrative.draft(figures).section(1));
	}

}
