package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.DemoStaff;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.CaseHistoryTexts;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question's history in the reader's language (issue 17 item 12): every step's code
 * and arguments give back its stored Chinese summary exactly and read as English in
 * English; the question page in the console shows the step in the page's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionHistoryTextsIntegrationTests {

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final LocalDate ON = LocalDate.of(2026, 3, 2);

	@Autowired
	StoredTexts texts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoStaff demo;

	static List<AuditableEvent> everyStep() {
		return List.of(
				new QuestionReceived(1, 1L, "h", AT, QuestionChannel.HOTLINE_12345, QuestionType.COMPLAINT, ON,
						ON.plusDays(14)),
				new QuestionReceived(1, 1L, "h", AT, QuestionChannel.ONLINE, QuestionType.CONSULTATION, ON,
						ON.plusDays(7)),
				new QuestionAnswered(1, 1L, "h", AT, ON, true), new QuestionAnswered(1, 1L, "h", AT, ON, false),
				new QuestionPublished(1, 1L, "h", AT, ON), new QuestionUnpublished(1, 1L, "h", AT));
	}

	@Test
	void everyStepGivesBackItsChineseSummaryAndReadsInEnglish() {
		CaseHistoryTexts.assertEveryStepReadsInBothLanguages(texts, everyStep(), List.of());
	}

	@Test
	void aQuestionReadsWithItsChannelAndTypeAsLabels() {
		QuestionReceived step = new QuestionReceived(1, 1L, "h", AT, QuestionChannel.ONLINE, QuestionType.COMPLAINT, ON,
				ON.plusDays(14));
		assertThat(step.summary()).isEqualTo("收到留言（在线咨询，投诉），收到日期 2026-03-02，答复期限 2026-03-16");
		assertThat(CaseHistoryTexts.render(texts, step, Locale.ENGLISH))
			.isEqualTo("Question received (Online form, Complaint), received on 2026-03-02, answer due 2026-03-16");
	}

	@Test
	void theQuestionPageShowsTheHistoryInThePagesLanguage() throws Exception {
		long question = jdbc
			.sql("select min(q.id) from consultation_question q join consultation_history h on h.question_id = q.id"
					+ " where q.agency_id = ? and h.summary_code = 'history.consultation.received'")
			.param(demo.commerce())
			.query(Long.class)
			.single();
		String sentence = CaseHistoryTexts.assertPageShowsStepInBothLanguages(mvc, texts, jdbc, demo.staff("head"),
				"/console/consultations/" + question, "ol.history", QuestionHistory.TABLE, question,
				"history.consultation.received");
		assertThat(sentence).startsWith("Question received (");
	}

}
