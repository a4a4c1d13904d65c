package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.CaseHistoryTexts;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's history in the reader's language (issue 17 item 12): each step's code and
 * arguments give back its stored Chinese summary exactly and read as English in English;
 * the case page shows an amendment and a corrected result in the page's language.
 */
class AppealHistoryTextsIntegrationTests extends AppealsIntegrationTest {

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate ON = LocalDate.of(2026, 3, 2);

	@Autowired
	StoredTexts texts;

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealHandling handling;

	static List<AuditableEvent> steps() {
		return List.of(new AppealRegistered(1, 1L, "h", AT, AppealKind.RECONSIDERATION, "GK-1", "张*", "某区政府", null, ON),
				new AppealRegistered(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, "GK-1", "张*", "某区法院", "（2026）1号",
						ON),
				new AppealVoided(1, 1L, "h", AT, "误录"),
				new AppealDecided(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.UPHELD, ON, null, null),
				new AppealDecided(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, Disposition.REVOKED, ON, 3L, "重新答复"),
				new AppealDocumentAttached(1, 1L, "h", AT, 2, AppealDocumentKind.DEFENCE, "a.pdf"),
				new AppealNotified(1, 1L, "h", AT, AppealKind.RECONSIDERATION, ON, null),
				new AppealNotified(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, ON, ON.minusDays(1)),
				new AppealAmended(1, 1L, "h", AT,
						List.of(new AppealAmended.Change("caseNumber", null, "（2026）1号"),
								new AppealAmended.Change("contestedAct", "REPLY", "FAILURE_TO_REPLY"),
								new AppealAmended.Change("filedOn", "2026-03-01", "2026-03-02"))),
				new AppealAmended(1, 1L, "h", AT,
						List.of(new AppealAmended.Change("body", "某区政府", "某区法院"),
								new AppealAmended.Change("claims", "撤销答复", null))),
				new AppealDecisionCorrected(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.UPHELD, ON,
						Disposition.REVOKED, ON.plusDays(1), "录错", null, null),
				new AppealDecisionCorrected(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, Disposition.WITHDRAWN, ON,
						Disposition.REVOKED, ON.plusDays(1), "二审改判", 3L, "重新答复"),
				new AppealDecisionCorrected(1, 1L, "h", AT, AppealKind.LITIGATION_DIRECT, Disposition.WITHDRAWN, ON,
						null, null, "准许撤诉裁定被撤销", null, null),
				new AppealDecisionCorrected(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.REVOKED, ON, null,
						null, "恢复审理", 3L, "撤销重新答复"));
	}

	@Test
	void everyStepGivesBackItsChineseSummaryAndReadsInEnglish() {
		CaseHistoryTexts.assertEveryStepReadsInBothLanguages(texts, steps(), List.of("张*", "某区政府", "某区法院", "（2026）1号",
				"误录", "重新答复", "撤销答复", "录错", "二审改判", "准许撤诉裁定被撤销", "恢复审理", "撤销重新答复"));
	}

	@Test
	void aDecisionReadsWithItsEnglishLabels() {
		AppealDecided step = new AppealDecided(1, 1L, "h", AT, AppealKind.RECONSIDERATION, Disposition.UPHELD, ON, null,
				null);
		assertThat(CaseHistoryTexts.render(texts, step, Locale.ENGLISH))
			.isEqualTo("Result registered: Act upheld (Upheld), 2026-03-02");
		assertThat(CaseHistoryTexts.render(texts, step, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("登记结果：决定维持（结果维持），2026-03-02");
	}

	@Test
	void anAmendmentListsEachChangeWithItsLabelsInTheReadersLanguage() {
		AppealAmended step = new AppealAmended(1, 1L, "h", AT,
				List.of(new AppealAmended.Change("caseNumber", null, "（2026）1号"),
						new AppealAmended.Change("contestedAct", "REPLY", "FAILURE_TO_REPLY")));
		assertThat(step.summary()).isEqualTo("修改案件信息：案号：（空） → （2026）1号；被申请/被诉行为：政府信息公开答复（处理决定） → 逾期未答复");
		assertThat(CaseHistoryTexts.render(texts, step, Locale.ENGLISH)).isEqualTo("Case details amended: "
				+ "Case number: (empty) → （2026）1号; Act contested: The reply (disposal) to the application → "
				+ "Failure to reply in time");
	}

	@Test
	void theCasePageShowsAnAmendmentAndACorrectedResultInThePagesLanguage() throws Exception {
		AppealCase appeal = handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.LITIGATION_DIRECT, today().minusDays(3)))
			.appeal();
		handling.amend(staff("handler"), appeal.getId(), null,
				new CaseFacts("南阳市宛城区人民法院", "（2026）豫 1302 行初 19 号", today().minusDays(3), ContestedAct.OTHER, null));
		handling.decide(staff("handler"), appeal.getId(), null,
				new Decision(Disposition.WITHDRAWN, today(), null, "原告撤诉"));
		handling.correctDecision(staff("handler"), appeal.getId(), null, null, "准许撤诉裁定被撤销");
		String path = "/console/appeals/" + appeal.getId();
		String amended = CaseHistoryTexts.assertPageShowsStepInBothLanguages(mvc, texts, jdbc, staff("head"), path,
				"ol.history", AppealHistory.TABLE, appeal.getId(), "history.appeal.amended");
		assertThat(amended).contains("Act contested: The reply (disposal) to the application → Another act");
		String corrected = CaseHistoryTexts.assertPageShowsStepInBothLanguages(mvc, texts, jdbc, staff("head"), path,
				"ol.history", AppealHistory.TABLE, appeal.getId(), "history.appeal.decisionWithdrawn");
		assertThat(corrected).startsWith("Result corrected: Suit withdrawn").endsWith("→ pending; reason: 准许撤诉裁定被撤销");
	}

}
