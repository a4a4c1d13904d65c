package org.gongkai.consultations;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer terms on the shipped working-day calendar, no Spring. */
class AnswerTermsTests {

	final AnswerTerms terms = new AnswerTerms(WorkingCalendar.shipped(), new ConsultationsProperties.Terms(5, 15, 15),
			2);

	@Test
	void aConsultationReceivedBeforeNationalDayIsDueAfterTheHolidayCountingTheMakeUpWeekend() {
		// 2023: 29 Sep – 6 Oct off, Saturday 7 and Sunday 8 Oct working days (调休).
		LocalDate received = LocalDate.of(2023, 9, 27);
		assertThat(terms.due(QuestionType.CONSULTATION, received)).isEqualTo(LocalDate.of(2023, 10, 10));
		assertThat(terms.inTerm(QuestionType.CONSULTATION, received, LocalDate.of(2023, 10, 10))).isTrue();
		assertThat(terms.inTerm(QuestionType.CONSULTATION, received, LocalDate.of(2023, 10, 11))).isFalse();
		// Without the holiday five working days would have ended on 4 October.
		assertThat(terms.due(QuestionType.CONSULTATION, received)).isAfter(LocalDate.of(2023, 10, 4));
	}

	@Test
	void complaintsAndSuggestionsHaveTheirOwnTerm() {
		LocalDate received = LocalDate.of(2023, 3, 1);
		assertThat(terms.due(QuestionType.COMPLAINT, received)).isEqualTo(LocalDate.of(2023, 3, 22));
		assertThat(terms.due(QuestionType.SUGGESTION, received)).isEqualTo(LocalDate.of(2023, 3, 22));
		assertThat(terms.days(QuestionType.CONSULTATION)).isEqualTo(5);
	}

	@Test
	void theClockIsDueSoonWithinTwoWorkingDaysAndOverdueOnceTheDayHasPassed() {
		LocalDate received = LocalDate.of(2023, 3, 1);
		AnswerTerms.Reading early = terms.read(QuestionType.CONSULTATION, received, LocalDate.of(2023, 3, 2));
		assertThat(early.workingDaysLeft()).isEqualTo(4);
		assertThat(early.dueSoon()).isFalse();
		AnswerTerms.Reading soon = terms.read(QuestionType.CONSULTATION, received, LocalDate.of(2023, 3, 6));
		assertThat(soon.workingDaysLeft()).isEqualTo(2);
		assertThat(soon.dueSoon()).isTrue();
		AnswerTerms.Reading late = terms.read(QuestionType.CONSULTATION, received, LocalDate.of(2023, 3, 10));
		assertThat(late.overdue()).isTrue();
		assertThat(late.dueSoon()).isFalse();
		assertThat(late.workingDaysLeft()).isEqualTo(-2);
	}

}
