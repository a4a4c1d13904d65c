package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.DeadlineRules;
import org.gongkai.calendar.DerivedDeadlines;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.Fixtures.HANDLER;
import static org.gongkai.requests.Fixtures.NOW;
import static org.gongkai.requests.Fixtures.REGISTRAR;
import static org.gongkai.requests.Fixtures.TODAY;

/**
 * The explanation of the terms and the consultation table show the same dates for the
 * same consultation (Articles 32, 34; issue 11, item 3), each consultation with its own
 * term when two run at once, and a letter sent on the receipt day is handled alike under
 * either {@code count-start-day} setting. No Spring, the shipped calendar.
 */
class ConsultationTermsTests {

	static RequestDeadlines deadlines(boolean countStartDay) {
		WorkingCalendar calendar = WorkingCalendar.shipped(countStartDay);
		return new RequestDeadlines(new DeadlineRules(calendar), calendar,
				new RequestsProperties(List.of(), 15, 5, null, null, null, null, "", ""));
	}

	static InformationRequest inHandling() {
		InformationRequest request = Fixtures.receivedToday();
		request.accept(HANDLER, REGISTRAR, NOW);
		return request;
	}

	static List<DerivedDeadlines.Term> consultationTerms(DeadlineStatus status) {
		return status.terms()
			.stream()
			.filter(term -> term.kind() == DerivedDeadlines.Term.Kind.THIRD_PARTY
					|| term.kind() == DerivedDeadlines.Term.Kind.OTHER_AGENCY)
			.toList();
	}

	@Test
	void twoConsultationsRunningAtOnceAreEachExplainedWithTheirOwnTermAndTheTablesDates() {
		InformationRequest request = inHandling();
		WorkingCalendar calendar = WorkingCalendar.shipped();
		LocalDate first = calendar.addWorkingDays(TODAY, 1);
		LocalDate second = calendar.addWorkingDays(TODAY, 3);
		request.consult(ConsultationKind.THIRD_PARTY, "甲公司", first, HANDLER, NOW, second);
		request.consult(ConsultationKind.OTHER_AGENCY, "卧龙区财政局", second, HANDLER, NOW, second);

		DeadlineStatus status = deadlines(false).read(request, calendar.addWorkingDays(TODAY, 5));

		List<DerivedDeadlines.Term> explained = consultationTerms(status);
		assertThat(explained).hasSize(2);
		assertThat(explained).extracting(DerivedDeadlines.Term::note).containsExactly("甲公司", "卧龙区财政局");
		assertThat(explained).extracting(DerivedDeadlines.Term::from).containsExactly(first, second);
		assertThat(explained).extracting(DerivedDeadlines.Term::due)
			.containsExactlyElementsOf(
					status.consultations().stream().map(DeadlineStatus.ConsultationTerm::termEnds).toList())
			.containsExactly(calendar.addWorkingDays(first, StatutoryTerms.CONSULTATION_DAYS),
					calendar.addWorkingDays(second, StatutoryTerms.CONSULTATION_DAYS));
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aLetterSentOnTheReceiptDayShowsTheTablesDatesAndPausesFromThatDay(boolean countStartDay) {
		InformationRequest request = inHandling();
		WorkingCalendar calendar = WorkingCalendar.shipped(countStartDay);
		request.consult(ConsultationKind.THIRD_PARTY, "甲公司", TODAY, HANDLER, NOW, TODAY);
		LocalDate answered = calendar.addWorkingDays(TODAY, 3);
		request.recordConsultationAnswer(1, answered, "同意", HANDLER, NOW, answered);

		DeadlineStatus status = deadlines(countStartDay).read(request, answered);

		assertThat(consultationTerms(status)).singleElement().satisfies(term -> {
			assertThat(term.from()).isEqualTo(TODAY);
			assertThat(term.due()).isEqualTo(status.consultations().get(0).termEnds());
		});
		// The receipt day through the answer day do not count, under either setting: the
		// 20 working days run from the day after the answer.
		assertThat(status.replyDue()).isEqualTo(calendar.nthWorkingDayAfter(answered, StatutoryTerms.REPLY_DAYS));
	}

}
