package org.gongkai.consultations;

import java.time.LocalDate;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The question's verbs and their preconditions, no Spring. */
class QuestionTests {

	@Test
	void aQuestionIsAnsweredOnce() {
		Question question = Fixtures.answeredQuestion(true);
		assertThat(question.isAnswered()).isTrue();
		assertThatThrownBy(() -> question.answer("again", 5, "x", LocalDate.of(2023, 9, 29)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能再次答复");
	}

	@Test
	void anAnswerCannotPrecedeTheReceipt() {
		Question question = Fixtures.openQuestion(true);
		assertThatThrownBy(() -> question.answer("答复", 5, "x", LocalDate.of(2023, 9, 26)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能早于收到日期");
	}

	@Test
	void onlyAnAnsweredQuestionWithConsentIsPublished() {
		Question.PublicCopy copy = new Question.PublicCopy("t", "b", "a");
		assertThatThrownBy(() -> Fixtures.openQuestion(true).publish(copy, LocalDate.of(2023, 10, 9)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("答复后");
		assertThatThrownBy(() -> Fixtures.answeredQuestion(false).publish(copy, LocalDate.of(2023, 10, 9)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未同意公开");
		Question consented = Fixtures.answeredQuestion(true);
		consented.publish(copy, LocalDate.of(2023, 10, 9));
		assertThat(consented.isPublished()).isTrue();
		assertThat(consented.getPublicCopy()).isEqualTo(copy);
		assertThatThrownBy(() -> consented.publish(copy, LocalDate.of(2023, 10, 9))).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theSuggestedCopyHasNoPersonalData() {
		Question.PublicCopy copy = Consultations.suggestedCopy(Fixtures.answeredQuestion(true));
		assertThat(copy.body()).doesNotContain("王小明", "13912345678").contains(PersonalData.REMOVED);
		assertThat(copy.answer()).doesNotContain("王小明").contains(PersonalData.REMOVED + "先生");
		assertThat(copy.title()).isEqualTo("咨询消费券的领取方式");
	}

}
