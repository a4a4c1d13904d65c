package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.CaseHistoryTexts;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure entry's history in the reader's language (issue 17 item 12): every
 * step's code and arguments give back its stored Chinese summary exactly and read as
 * English in English.
 */
@SpringBootTest
class EntryHistoryTextsIntegrationTests {

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	@Autowired
	StoredTexts texts;

	static List<AuditableEvent> steps() {
		return List.of(new EntryReviewed(1, 1L, "h", AT, 1, true, false, null),
				new EntryReviewed(1, 1L, "h", AT, 2, false, true, "涉密"),
				new EntryReviewed(1, 1L, "h", AT, 2, true, true, " "),
				new EntryReviewed(1, 1L, "h", AT, 3, false, false, "改标题"), new EntryScheduled(1, 1L, "h", AT, AT),
				new EntrySubmitted(1, 1L, "h", AT, 2), new EntryRevised(1, 1L, "h", AT, "某通知"),
				new EntryDrafted(1, 1L, "h", AT, "001-2026-0001", "某通知"), new EntryWithdrawn(1, 1L, "h", AT, "过期"),
				new EntryPublished(1, 1L, "h", AT, 2, LocalDate.of(2026, 3, 2)),
				new AttachmentAdded(1, 1L, "h", AT, "a.pdf", "application/pdf"));
	}

	@Test
	void everyStepGivesBackItsChineseSummaryAndReadsInEnglish() {
		CaseHistoryTexts.assertEveryStepReadsInBothLanguages(texts, steps(), List.of("涉密", "改标题", "某通知", "过期"));
		assertThat(CaseHistoryTexts.render(texts, new EntrySubmitted(1, 1L, "h", AT, 2), Locale.ENGLISH))
			.isEqualTo("Submitted for review (round 2)");
	}

}
