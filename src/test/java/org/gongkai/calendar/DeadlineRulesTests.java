package org.gongkai.calendar;

import java.util.List;

import org.gongkai.calendar.DerivedDeadlines.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.calendar.Fixtures.date;

/**
 * The statutory clock of Articles 30–34 and the fee term; expected dates worked out by
 * hand from regulations.md §4.
 */
class DeadlineRulesTests {

	final DeadlineRules clock = Fixtures.clock();

	@Test
	void replyIsDueTwentyWorkingDaysAfterReceiptAcrossMidAutumnAndNationalDay() {
		DerivedDeadlines reading = clock.read(DeadlineFacts.receivedOn(date("2026-09-21")), date("2026-09-21"));
		assertThat(reading.replyDue()).isEqualTo(date("2026-10-26"));
		assertThat(reading.correctionNoticeDue()).isEqualTo(date("2026-10-08"));
		assertThat(reading.workingDaysLeft()).isEqualTo(20);
		assertThat(reading.paused()).isFalse();
		assertThat(reading.provisional()).isFalse();
		assertThat(reading.overdue()).isFalse();
		Term reply = reading.term(Term.Kind.REPLY).orElseThrow();
		assertThat(reply.messageKey()).isEqualTo("calendar.term.REPLY");
		assertThat(reply.label()).as("the Chinese API name, from the bundle").isEqualTo("答复期限（第三十三条）");
		assertThat(reply.workingDays()).isEqualTo(20);
		assertThat(reply.crossed()).extracting(DeclaredDay::date)
			.containsExactly(date("2026-09-25"), date("2026-09-26"), date("2026-09-27"), date("2026-10-01"),
					date("2026-10-02"), date("2026-10-03"), date("2026-10-04"), date("2026-10-05"), date("2026-10-06"),
					date("2026-10-07"), date("2026-10-10"));
		assertThat(reading.term(Term.Kind.CORRECTION_NOTICE).orElseThrow().crossed()).extracting(DeclaredDay::name)
			.contains("中秋节", "国庆节");
	}

	@Test
	void consultationTimeIsExcludedFromTheReplyPeriod() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-03-02"))
			.withPause(Pause.thirdParty(date("2026-03-09"), date("2026-03-13")));
		DerivedDeadlines reading = clock.read(facts, date("2026-03-16"));
		assertThat(reading.replyDue()).as("03-30 without the pause, plus 5 working days across 清明")
			.isEqualTo(date("2026-04-07"));
		Term reply = reading.term(Term.Kind.REPLY).orElseThrow();
		assertThat(reply.excludedDays()).isEqualTo(5);
		assertThat(reply.crossed()).extracting(DeclaredDay::name).containsOnly("清明节");
		Term consultation = reading.term(Term.Kind.THIRD_PARTY).orElseThrow();
		assertThat(consultation.workingDays()).isEqualTo(15);
		assertThat(consultation.due()).as("15 working days after 03-09").isEqualTo(date("2026-03-30"));
	}

	@Test
	void overlappingConsultationsExcludeTheirDaysOnce() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-03-02"))
			.withPause(Pause.thirdParty(date("2026-03-09"), date("2026-03-13")))
			.withPause(Pause.otherAgency(date("2026-03-11"), date("2026-03-18")));
		DerivedDeadlines reading = clock.read(facts, date("2026-03-19"));
		assertThat(reading.term(Term.Kind.REPLY).orElseThrow().excludedDays()).isEqualTo(8);
		assertThat(reading.replyDue()).isEqualTo(date("2026-04-10"));
		assertThat(reading.term(Term.Kind.OTHER_AGENCY)).isPresent();
	}

	@Test
	void anOpenConsultationStopsTheClockUntilToday() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-03-02"))
			.withPause(Pause.thirdParty(date("2026-03-09"), null));
		DerivedDeadlines reading = clock.read(facts, date("2026-03-20"));
		assertThat(reading.paused()).isTrue();
		assertThat(reading.replyDue()).isEqualTo(date("2026-04-14"));
		assertThat(reading.workingDaysLeft()).as("frozen at the 16 days left when the pause began").isEqualTo(16);
		assertThat(clock.read(facts, date("2026-03-23")).workingDaysLeft()).isEqualTo(16);
	}

	@Test
	void aPauseAfterTheDeadlineDoesNotRevive() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-03-02"))
			.withPause(Pause.thirdParty(date("2026-04-01"), date("2026-04-03")));
		assertThat(clock.read(facts, date("2026-04-03")).replyDue()).isEqualTo(date("2026-03-30"));
	}

	@Test
	void awaitingACorrectionStopsTheClockAndShowsTheApplicantsTerm() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-09-21"))
			.withCorrectionRequested(date("2026-09-24"), 10);
		DerivedDeadlines reading = clock.read(facts, date("2026-09-30"));
		assertThat(reading.replyDue()).isNull();
		assertThat(reading.paused()).isTrue();
		assertThat(reading.overdue()).isFalse();
		assertThat(reading.correctionNoticeDue()).isEqualTo(date("2026-10-08"));
		assertThat(reading.correctionDue()).as("10 working days after 09-24 across 国庆 and make-up 10-10")
			.isEqualTo(date("2026-10-15"));
	}

	@Test
	void theReplyPeriodRestartsFromTheCorrectedApplication() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-09-21"))
			.withCorrectionRequested(date("2026-09-24"), 10)
			.withCorrectionReceived(date("2026-10-09"));
		DerivedDeadlines reading = clock.read(facts, date("2026-10-09"));
		assertThat(reading.replyDue()).as("make-up Saturday 10-10 is the first of 20").isEqualTo(date("2026-11-05"));
		assertThat(reading.term(Term.Kind.REPLY).orElseThrow().from()).isEqualTo(date("2026-10-09"));
		assertThat(reading.paused()).isFalse();
	}

	@Test
	void anExtensionAddsUpToTwentyWorkingDays() {
		DerivedDeadlines reading = clock.read(DeadlineFacts.receivedOn(date("2026-09-21")).withExtension(20),
				date("2026-10-26"));
		assertThat(reading.replyDue()).isEqualTo(date("2026-11-23"));
		assertThat(reading.term(Term.Kind.REPLY).orElseThrow().workingDays()).isEqualTo(40);
		assertThatThrownBy(() -> DeadlineFacts.receivedOn(date("2026-09-21")).withExtension(21))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("第三十三条");
	}

	@Test
	void theFeeIsDueTwentyWorkingDaysFromTheDayAfterTheNoticeArrived() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-09-21")).withFeeNoticeReceived(date("2026-09-30"));
		DerivedDeadlines reading = clock.read(facts, date("2026-09-30"));
		assertThat(reading.feePaymentDue()).isEqualTo(date("2026-11-03"));
		assertThat(
				new DeadlineRules(Fixtures.calendarCountingStartDay()).read(facts, date("2026-09-30")).feePaymentDue())
			.as("the fee term starts on the next day by its own words, whatever the convention")
			.isEqualTo(date("2026-11-03"));
	}

	@Test
	void aFeeNoticeAwaitingPaymentStopsTheReplyPeriodUnlessConfiguredOtherwise() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-09-21"))
			.withPause(Pause.feePayment(date("2026-09-30"), date("2026-10-12")));
		assertThat(clock.read(facts, date("2026-10-12")).replyDue()).isEqualTo(date("2026-11-02"));
		DeadlineRules notPausing = new DeadlineRules(Fixtures.shippedCalendar(), false);
		assertThat(notPausing.read(facts, date("2026-10-12")).replyDue()).isEqualTo(date("2026-10-26"));
	}

	@Test
	void workingDaysLeftTurnNegativeWhenOverdue() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-09-21"));
		assertThat(clock.read(facts, date("2026-10-26")).workingDaysLeft()).isZero();
		assertThat(clock.read(facts, date("2026-10-26")).overdue()).isFalse();
		DerivedDeadlines late = clock.read(facts, date("2026-10-28"));
		assertThat(late.workingDaysLeft()).isEqualTo(-2);
		assertThat(late.overdue()).isTrue();
	}

	@Test
	void aReplyPeriodReachingLateDecemberBeforeNextYearsNoticeIsProvisionalAndFollowsTheNotice() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-12-08"));
		DerivedDeadlines before = clock.read(facts, date("2026-12-08"));
		assertThat(before.replyDue()).as("元旦 2027-01-01 predicted off").isEqualTo(date("2027-01-06"));
		assertThat(before.provisional()).isTrue();

		DeadlineRules later = new DeadlineRules(Fixtures.calendarWith(Fixtures.notice2027()));
		DerivedDeadlines after = later.read(facts, date("2026-12-08"));
		assertThat(after.replyDue()).as("元旦 2027-01-01 off pushes the 20th working day to 01-06")
			.isEqualTo(date("2027-01-06"));
		assertThat(after.provisional()).isFalse();
	}

	@Test
	void theOldConstructorsStillWork() {
		DeadlineFacts facts = new DeadlineFacts(date("2026-09-21"), null, null, List.of(), 0);
		assertThat(facts.correctionTermDays()).isNull();
		DerivedDeadlines reading = new DerivedDeadlines(null, date("2026-10-08"), 0, true, false, List.of());
		assertThat(reading.feePaymentDue()).isNull();
	}

	@Test
	void inconsistentFactsAreRejectedWithTheRule() {
		assertThatThrownBy(() -> new DeadlineFacts(date("2026-09-21"), null, date("2026-09-25"), List.of(), 0))
			.hasMessageContaining("没有补正告知");
		assertThatThrownBy(
				() -> DeadlineFacts.receivedOn(date("2026-09-21")).withCorrectionRequested(date("2026-09-20"), 5))
			.hasMessageContaining("不能早于收到申请日");
		assertThatThrownBy(() -> DeadlineFacts.receivedOn(date("2026-09-21"))
			.withPause(Pause.thirdParty(date("2026-09-20"), null))).hasMessageContaining("暂停开始日");
		assertThatThrownBy(() -> Pause.thirdParty(date("2026-09-25"), date("2026-09-24"))).hasMessageContaining("结束日");
	}

}
