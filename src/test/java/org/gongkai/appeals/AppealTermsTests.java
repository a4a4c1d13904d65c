package org.gongkai.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Zones;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gongkai.appeals.Fixtures.ACTOR;
import static org.gongkai.appeals.Fixtures.NOW;
import static org.gongkai.appeals.Fixtures.TODAY;

/**
 * The day the agency was notified and its term to answer (issue 11 item 15): the 答复 of a
 * reconsideration within 10 days of receiving the copy of the application (行政复议法 Art. 48,
 * working days by Art. 88), the 答辩 of a lawsuit within 15 days of receiving the copy of
 * the complaint (行政诉讼法 Art. 67); 确认无效 counts as 纠正 in table 四. Expected dates worked out
 * by hand from the 2025 State Council notice.
 */
class AppealTermsTests {

	final WorkingCalendar calendar = WorkingCalendar.shipped();

	final AppealTerms terms = new AppealTerms(calendar, AppealsProperties.defaults(),
			Clock.fixed(Fixtures.NOW, Zones.BEIJING));

	@Test
	void theReconsiderationAnswerIsDueTenWorkingDaysAfterTheNoticeArrived() {
		// Tuesday 2025-04-15: 16–18, 21–25 and make-up Sunday 04-27 are days 1–9, Monday
		// 04-28
		// day 10.
		AppealTerms.Term term = terms.of(AppealKind.RECONSIDERATION, LocalDate.of(2025, 4, 15), false,
				LocalDate.of(2025, 4, 16));
		assertThat(term.due()).isEqualTo(LocalDate.of(2025, 4, 28));
		assertThat(term.days()).isEqualTo(10);
		assertThat(term.workingDays()).isTrue();
		assertThat(term.status()).isEqualTo(AppealTerms.Status.OK);
		assertThat(term.provisional()).isFalse();
	}

	@Test
	void inCalendarDaysTheReconsiderationTermIsASetting() {
		AppealTerms calendarDays = new AppealTerms(calendar, new AppealsProperties(DataSize.ofMegabytes(20), false, 3),
				Clock.fixed(Fixtures.NOW, Zones.BEIJING));
		AppealTerms.Term term = calendarDays.of(AppealKind.RECONSIDERATION, LocalDate.of(2025, 4, 15), false,
				LocalDate.of(2025, 4, 16));
		assertThat(term.due()).as("Friday 04-25, a working day").isEqualTo(LocalDate.of(2025, 4, 25));
		assertThat(term.workingDays()).isFalse();
	}

	@Test
	void theDefenceIsDueFifteenDaysAfterTheNoticeMovedPastAHoliday() {
		// Monday 2025-09-22 + 15 days = 10-07, inside 国庆 (10-01..10-08 off): Thursday
		// 10-09.
		AppealTerms.Term term = terms.of(AppealKind.LITIGATION_DIRECT, LocalDate.of(2025, 9, 22), false,
				LocalDate.of(2025, 9, 23));
		assertThat(term.due()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(term.days()).isEqualTo(15);
		assertThat(term.workingDays()).isFalse();
		assertThat(terms
			.of(AppealKind.LITIGATION_AFTER_RECONSIDERATION, LocalDate.of(2025, 6, 2), false, LocalDate.of(2025, 6, 3))
			.due()).as("06-17, a Tuesday").isEqualTo(LocalDate.of(2025, 6, 17));
	}

	@Test
	void aTermIsDueSoonInItsLastThreeWorkingDaysAndLateOnAnyDayAfter() {
		LocalDate notified = LocalDate.of(2025, 4, 15);
		assertThat(terms.of(AppealKind.RECONSIDERATION, notified, false, LocalDate.of(2025, 4, 22)).status())
			.as("5 working days left")
			.isEqualTo(AppealTerms.Status.OK);
		AppealTerms.Term soon = terms.of(AppealKind.RECONSIDERATION, notified, false, LocalDate.of(2025, 4, 24));
		assertThat(soon.status()).isEqualTo(AppealTerms.Status.SOON);
		assertThat(soon.workingDaysLeft()).isEqualTo(3);
		assertThat(terms.of(AppealKind.RECONSIDERATION, notified, false, LocalDate.of(2025, 4, 28)).status())
			.as("the due day itself")
			.isEqualTo(AppealTerms.Status.SOON);
		AppealTerms.Term late = terms.of(AppealKind.RECONSIDERATION, notified, false, LocalDate.of(2025, 4, 29));
		assertThat(late.status()).isEqualTo(AppealTerms.Status.LATE);
		assertThat(late.workingDaysLeft()).isEqualTo(-1);
		assertThat(late.status().cssClass()).isEqualTo("late");
		assertThat(terms.of(AppealKind.RECONSIDERATION, notified, true, LocalDate.of(2025, 4, 29)).status())
			.as("answered or decided")
			.isEqualTo(AppealTerms.Status.DONE);
		assertThat(terms.of(AppealKind.RECONSIDERATION, null, false, TODAY)).as("no notice recorded").isNull();
	}

	@Test
	void theDayOfTheNoticeIsRecordedWithItsNameInTheHistory() {
		AppealCase appeal = Fixtures.pendingReconsideration();
		appeal.drainEvents();
		appeal.recordNotification(LocalDate.of(2025, 4, 15), ACTOR, NOW, TODAY);
		assertThat(appeal.getNotifiedOn()).isEqualTo(LocalDate.of(2025, 4, 15));
		assertThat(appeal.drainEvents()).singleElement()
			.isInstanceOfSatisfying(AppealNotified.class,
					event -> assertThat(event.summary()).isEqualTo("登记收到答复通知书（行政复议申请书副本）：2025-04-15"));
		appeal.recordNotification(LocalDate.of(2025, 4, 14), ACTOR, NOW, TODAY);
		assertThat(appeal.drainEvents()).singleElement()
			.extracting(event -> ((AppealNotified) event).summary())
			.isEqualTo("登记收到答复通知书（行政复议申请书副本）：2025-04-14（原登记 2025-04-15）");
	}

	@Test
	void aWrongDayIsRefusedWithItsRuleAndChangesNothing() {
		AppealCase appeal = Fixtures.pendingReconsideration();
		appeal.recordNotification(LocalDate.of(2025, 4, 15), ACTOR, NOW, TODAY);
		appeal.drainEvents();
		assertThat(catchThrowableOfType(RuleViolation.class,
				() -> appeal.recordNotification(LocalDate.of(2025, 4, 9), ACTOR, NOW, TODAY))
			.code()).isEqualTo("appeal.notified-before-filing");
		assertThat(catchThrowableOfType(RuleViolation.class,
				() -> appeal.recordNotification(TODAY.plusDays(1), ACTOR, NOW, TODAY))
			.code()).isEqualTo("appeal.notified-in-future");
		assertThat(catchThrowableOfType(RuleViolation.class, () -> appeal.recordNotification(null, ACTOR, NOW, TODAY))
			.code()).isEqualTo("appeal.notified-on-required");
		assertThat(catchThrowableOfType(RuleViolation.class,
				() -> appeal.recordNotification(LocalDate.of(2025, 4, 15), ACTOR, NOW, TODAY))
			.code()).isEqualTo("appeal.nothing-changed");
		assertThat(appeal.getNotifiedOn()).isEqualTo(LocalDate.of(2025, 4, 15));
		assertThat(appeal.drainEvents()).isEmpty();
		InvalidInput amended = catchThrowableOfType(InvalidInput.class, () -> appeal
			.amend(Fixtures.reconsiderationFacts(LocalDate.of(2025, 4, 16)), null, "", ACTOR, NOW, TODAY));
		assertThat(amended.problems()).extracting(InvalidInput.FieldProblem::code)
			.contains("appeal.error.filedOn.afterNotification");
	}

	@Test
	void confirmedVoidIsADispositionCountedAsCorrected() {
		assertThat(Disposition.CONFIRMED_VOID.result()).isEqualTo(AppealResult.CORRECTED);
		assertThat(Disposition.CONFIRMED_VOID.appliesTo(AppealKind.RECONSIDERATION)).isTrue();
		assertThat(Disposition.CONFIRMED_VOID.appliesTo(AppealKind.LITIGATION_DIRECT)).isTrue();
		assertThat(Disposition.CONFIRMED_VOID.label(AppealKind.LITIGATION_DIRECT)).isEqualTo("判决确认无效");
		AppealCase appeal = Fixtures.decidedReconsideration(Disposition.CONFIRMED_VOID);
		assertThat(appeal.getResult()).isEqualTo(AppealResult.CORRECTED);
	}

}
