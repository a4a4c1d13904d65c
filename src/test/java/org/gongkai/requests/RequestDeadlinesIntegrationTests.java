package org.gongkai.requests;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every clock rule as an application experiences it: received, corrected, consulted,
 * extended, read on later days through the real working-day calendar.
 */
class RequestDeadlinesIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestDeadlines requestDeadlines;

	@Autowired
	WorkingCalendar calendar;

	DeadlineStatus deadlineStatusOn(long id, LocalDate day) {
		return requestDeadlines.read(handling.show(staff("handler"), id), day);
	}

	@Test
	void theReplyIsDueTwentyWorkingDaysAfterReceiptAcrossNationalDayAndItsMakeUpDays() {
		long id = receivedInPersonOn(LocalDate.of(2025, 9, 26));

		DeadlineStatus read = deadlineStatusOn(id, LocalDate.of(2025, 9, 26));

		// Sunday 28 September and Saturday 11 October are make-up working days; 1–8
		// October are off.
		assertThat(read.replyDue()).isEqualTo(LocalDate.of(2025, 10, 30));
		assertThat(read.reading().correctionNoticeDue()).isEqualTo(LocalDate.of(2025, 10, 13));
		assertThat(read.workingDaysLeft()).isEqualTo(20);
		assertThat(read.badge()).isEqualTo(DeadlineStatus.Badge.OK);
	}

	@Test
	void theBadgeTurnsYellowWhenFewDaysAreLeftAndRedWhenOverdue() {
		long id = receivedInPersonOn(TODAY);
		LocalDate due = calendar.addWorkingDays(TODAY, 20);

		assertThat(deadlineStatusOn(id, calendar.addWorkingDays(TODAY, 14)).badge()).isEqualTo(DeadlineStatus.Badge.OK);
		assertThat(deadlineStatusOn(id, calendar.addWorkingDays(TODAY, 15)).badge())
			.isEqualTo(DeadlineStatus.Badge.SOON);
		assertThat(deadlineStatusOn(id, due).badge()).isEqualTo(DeadlineStatus.Badge.SOON);
		DeadlineStatus late = deadlineStatusOn(id, calendar.addWorkingDays(due, 1));
		assertThat(late.badge()).isEqualTo(DeadlineStatus.Badge.LATE);
		assertThat(late.workingDaysLeft()).isNegative();
	}

	@Test
	void aCorrectionStopsTheClockAndTheCorrectedApplicationRestartsIt() {
		long id = receivedInPersonOn(TODAY);
		clock.setDay(TODAY.plusDays(2));
		handling.requestCorrection(staff("registrar"), id, null, "请写明所需文件的文号", 10, null);

		DeadlineStatus waiting = deadlineStatusOn(id, TODAY.plusDays(3));
		assertThat(waiting.badge()).isEqualTo(DeadlineStatus.Badge.PAUSED);
		assertThat(waiting.replyDue()).isNull();
		assertThat(waiting.correctionTermEnds()).isEqualTo(calendar.addWorkingDays(TODAY.plusDays(2), 10));

		LocalDate corrected = TODAY.plusDays(9);
		clock.setDay(corrected);
		handling.receiveCorrection(staff("registrar"), id, null, corrected);

		assertThat(deadlineStatusOn(id, corrected).replyDue()).isEqualTo(calendar.addWorkingDays(corrected, 20));
	}

	@Test
	void aCorrectionNoticeLaterThanSevenWorkingDaysIsRefused() {
		long id = receivedInPersonOn(TODAY);
		clock.setDay(calendar.addWorkingDays(TODAY, 8));

		assertThatThrownBy(() -> handling.requestCorrection(staff("registrar"), id, null, "补正", 10, null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("7 个工作日");
	}

	@Test
	void noCorrectionWithinTheTermClosesAsCorrectionOverdueOnlyAfterTheTerm() {
		long id = receivedInPersonOn(TODAY);
		handling.requestCorrection(staff("registrar"), id, null, "请写明文号", 5, TODAY);
		LocalDate termEnds = calendar.addWorkingDays(TODAY, 5);

		clock.setDay(termEnds);
		assertThatThrownBy(() -> handling.closeForMissingCorrection(staff("registrar"), id, null))
			.isInstanceOf(RuleViolation.class);

		clock.setDay(termEnds.plusDays(1));
		handling.closeForMissingCorrection(staff("registrar"), id, null);
		InformationRequest closed = handling.show(staff("registrar"), id);
		assertThat(closed.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE);
		assertThat(closed.getClosedOn()).isEqualTo(termEnds.plusDays(1));
	}

	@Test
	void aConsultationPausesTheClockUntilTheAnswerArrives() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		LocalDate sent = calendar.addWorkingDays(TODAY, 2);
		clock.setDay(sent);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "南阳宛商贸易有限公司", sent);

		DeadlineStatus paused = deadlineStatusOn(id, sent.plusDays(1));
		assertThat(paused.badge()).isEqualTo(DeadlineStatus.Badge.PAUSED);
		assertThat(paused.consultations()).singleElement()
			.satisfies(term -> assertThat(term.termEnds()).isEqualTo(calendar.addWorkingDays(sent, 15)));

		LocalDate answered = calendar.addWorkingDays(sent, 4);
		clock.setDay(answered);
		handling.recordConsultationAnswer(staff("handler"), id, null, 1, answered, "同意公开");

		// The sending day through the answer day do not count (five working days); the
		// clock runs again the day after.
		assertThat(deadlineStatusOn(id, answered).badge()).isEqualTo(DeadlineStatus.Badge.PAUSED);
		DeadlineStatus running = deadlineStatusOn(id, calendar.addWorkingDays(answered, 1));
		assertThat(running.badge()).isNotEqualTo(DeadlineStatus.Badge.PAUSED);
		assertThat(running.replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 25));
	}

	@Test
	void anUnansweredConsultationPausesOnlyForTheFifteenWorkingDaysOfTheTerm() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		handling.consult(staff("handler"), id, null, ConsultationKind.OTHER_AGENCY, "卧龙区财政局", TODAY);
		LocalDate afterTerm = calendar.addWorkingDays(TODAY, 16);

		DeadlineStatus read = deadlineStatusOn(id, afterTerm);

		assertThat(read.badge()).isNotEqualTo(DeadlineStatus.Badge.PAUSED);
		// Sent on the receipt day, which never counts: the 15 working days of the term
		// are excluded, no more.
		assertThat(read.replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 20 + 15));
	}

	@Test
	void twoConsultationsAtTheSameTimeStopTheClockOnce() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		LocalDate sent = calendar.addWorkingDays(TODAY, 1);
		clock.setDay(sent);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "甲公司", sent);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "乙公司", sent);
		LocalDate answered = calendar.addWorkingDays(sent, 2);
		clock.setDay(answered);
		handling.recordConsultationAnswer(staff("handler"), id, null, 1, answered, "同意");
		handling.recordConsultationAnswer(staff("handler"), id, null, 2, answered, "同意");

		assertThat(deadlineStatusOn(id, answered).replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 23));
	}

	@Test
	void theExtensionApprovedByTheOfficeHeadAddsItsWorkingDaysOnce() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());

		handling.requestExtension(staff("handler"), id, null, 15, "涉及多个科室，需调取档案");
		assertThat(deadlineStatusOn(id, TODAY).replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 20));
		handling.decideExtension(staff("head"), id, null, true, null, null, false);

		assertThat(deadlineStatusOn(id, TODAY).replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 35));
		assertThatThrownBy(() -> handling.requestExtension(staff("head"), id, null, 5, "再延"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("只能延长一次");
		assertThat(deadlineStatusOn(id, TODAY).replyDue()).isEqualTo(calendar.addWorkingDays(TODAY, 35));
	}

	@Test
	void anExtensionApprovedByAnyoneButTheOfficeHeadIsRefused() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());

		handling.requestExtension(staff("handler"), id, null, 10, "理由");

		assertThatThrownBy(() -> handling.decideExtension(staff("reviewer"), id, null, true, null, null, false))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(handling.show(staff("handler"), id).getExtensionDays()).isNull();
	}

	@Test
	void anAnsweredApplicationKeepsTheClockOfItsReplyDay() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "答复");
		handling.review(staff("reviewer"), id, null, true, "同意");
		LocalDate late = calendar.addWorkingDays(TODAY, 22);
		clock.setDay(late);
		handling.answer(staff("handler"), id, null, late, DeliveryMethod.EMAIL);

		DeadlineStatus read = deadlineStatusOn(id, late.plusDays(100));

		assertThat(read.badge()).isEqualTo(DeadlineStatus.Badge.DONE);
		assertThat(read.readOn()).isEqualTo(late);
		assertThat(read.inTime()).isFalse();
	}

	@Test
	void aReopenedApplicationGetsAFreshReplyPeriodFromTheReopeningDay() {
		long id = receivedInPersonOn(TODAY);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		handling.draftReply(staff("handler"), id, null, Outcome.UNAVAILABLE_NOT_HELD, null, "答复");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, TODAY, DeliveryMethod.POST);
		LocalDate reopened = LocalDate.of(2025, 6, 3);
		clock.setDay(reopened);

		directory.reopen(id, "复议决定书 卧政复决〔2025〕9号", "appeals");

		assertThat(deadlineStatusOn(id, reopened).replyDue()).isEqualTo(calendar.addWorkingDays(reopened, 20));
	}

	@Autowired
	RequestDirectory directory;

}
