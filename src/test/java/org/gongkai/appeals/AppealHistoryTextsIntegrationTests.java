package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's history in the reader's language (issue 17 item 12): each converted step's
 * code and arguments give back its stored Chinese summary exactly and read as English in
 * English (the case page: EnglishPagesIntegrationTests).
 */
@SpringBootTest
class AppealHistoryTextsIntegrationTests {

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate ON = LocalDate.of(2026, 3, 2);

	@Autowired
	StoredTexts texts;

	static List<AuditableEvent> steps() {
		return List.of(new AppealRegistered(1, 1L, "h", AT, AppealKind.RECONSIDERATION, "GK-1", "张*", "某区政府", null, ON),
				new AppealRegistered(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, "GK-1", "张*", "某区法院", "（2026）1号",
						ON),
				new AppealVoided(1, 1L, "h", AT, "误录"),
				new AppealDecided(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.UPHELD, ON, null, null),
				new AppealDecided(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, Disposition.REVOKED, ON, 3L, "重新答复"),
				new AppealDocumentAttached(1, 1L, "h", AT, 2, AppealDocumentKind.DEFENCE, "a.pdf"),
				new AppealNotified(1, 1L, "h", AT, AppealKind.RECONSIDERATION, ON, null),
				new AppealNotified(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, ON, ON.minusDays(1)));
	}

	@Test
	void everyConvertedStepGivesBackItsChineseSummaryAndReadsInEnglish() {
		for (AuditableEvent step : steps()) {
			String args = StoredTexts.encode(step.summaryArgs());
			assertThat(texts.agrees(step.summaryCode(), args, step.summary())).as(step.summary()).isTrue();
			String english = texts.render(step.summaryCode(), args, "?", Locale.ENGLISH);
			String left = english;
			for (String data : List.of("张*", "某区政府", "某区法院", "（2026）1号", "误录", "重新答复")) {
				left = left.replace(data, "");
			}
			assertThat(left).as(english).isNotEqualTo("?").doesNotContainPattern("[\\u4e00-\\u9fff（），：]");
		}
	}

	@Test
	void aDecisionReadsWithItsEnglishLabels() {
		AppealDecided step = new AppealDecided(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.UPHELD, ON, null,
				null);
		assertThat(texts.render(step.summaryCode(), StoredTexts.encode(step.summaryArgs()), "?", Locale.ENGLISH))
			.isEqualTo("Result registered: Act upheld (Upheld), 2026-03-02");
		assertThat(texts.render(step.summaryCode(), StoredTexts.encode(step.summaryArgs()), "?",
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("登记结果：决定维持（结果维持），2026-03-02");
	}

}
