package org.gongkai.appeals;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReopeningTerm;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The period a correcting result sets for the new reply (issue 11, item 7): entered with
 * the result, stored on the case and passed to the reopened application, whose reply is
 * then due on the day set, or the working days set counted from the day the decision was
 * served on the agency, and 20 working days from the reopening only when none is set.
 */
class AppealReopeningTermIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	AppealHandling handling;

	@Autowired
	WorkingCalendar calendar;

	/** An application answered a month ago and its reconsideration, filed since. */
	AppealCase pendingReconsideration() {
		long requestId = answeredApplication(Outcome.UNAVAILABLE_NOT_HELD, today().minusDays(40),
				today().minusDays(30));
		return handling.register(staff("handler"), reconsiderationOf(requestId, today().minusDays(20))).appeal();
	}

	Decision revoked(ReopeningTerm term) {
		return new Decision(Disposition.REVOKED, today().minusDays(10), "卧政复决〔2026〕7 号", "撤销原答复，责令重新答复", term);
	}

	LocalDate replyDue(long requestId) {
		return requestHandling.deadlineStatusOf(requestHandling.show(staff("handler"), requestId)).replyDue();
	}

	int rounds(long requestId) {
		return jdbc.sql("select count(*) from request_round where request_id = :id")
			.param("id", requestId)
			.query(Integer.class)
			.single();
	}

	@Test
	void workingDaysSetByTheDecisionCountFromTheDayItWasServed() {
		AppealCase appeal = pendingReconsideration();
		LocalDate served = today().minusDays(7);

		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.workingDaysFrom(15, served)));

		assertThat(decided.getReopeningDays()).isEqualTo(15);
		assertThat(decided.getDecisionServedOn()).isEqualTo(served);
		assertThat(decided.getReopeningDueOn()).isNull();
		assertThat(handling.show(staff("handler"), appeal.getId()).decision().reopeningTerm())
			.isEqualTo(ReopeningTerm.workingDaysFrom(15, served));
		assertThat(requestStatus(appeal.getRequestId())).isEqualTo("IN_HANDLING");
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(served, 15));
	}

	@Test
	void aDateSetByTheDecisionIsTheDueDate() {
		AppealCase appeal = pendingReconsideration();
		LocalDate due = today().plusDays(30);

		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.until(due)));

		assertThat(decided.getReopeningDueOn()).isEqualTo(due);
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(due);
	}

	@Test
	void noPeriodSetGivesTwentyWorkingDaysFromTheReopening() {
		AppealCase appeal = pendingReconsideration();

		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.NONE));

		assertThat(decided.getReopeningDueOn()).isNull();
		assertThat(decided.getReopeningDays()).isNull();
		assertThat(decided.getRequestReopenedOn()).isEqualTo(today());
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(today(), 20));
	}

	@Test
	void aCorrectedResultThatNowSendsTheCaseBackReopensWithItsPeriod() {
		AppealCase appeal = pendingReconsideration();
		LocalDate served = today().minusDays(5);
		handling.decide(staff("handler"), appeal.getId(), null,
				new Decision(Disposition.DECLARED_UNLAWFUL, today().minusDays(10), null, null));

		handling.correctDecision(staff("handler"), appeal.getId(), null,
				revoked(ReopeningTerm.workingDaysFrom(10, served)), "复议机关更正决定书");

		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(served, 10));
	}

	@Test
	void aCorrectedPeriodMovesTheTermOfTheRoundTheCaseReopened() {
		AppealCase appeal = pendingReconsideration();
		LocalDate served = today().minusDays(5);
		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.until(today().plusDays(30))));
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(today().plusDays(30));

		// the decision set working days from its service, entered first as a date
		AppealCase corrected = handling.correctDecision(staff("handler"), appeal.getId(), decided.getVersion(),
				revoked(ReopeningTerm.workingDaysFrom(10, served)), "决定书所定期限登记有误");

		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(served, 10));
		assertThat(rounds(appeal.getRequestId())).isEqualTo(2);
		assertThat(corrected.getRequestReopenedOn()).isEqualTo(today());

		// and without a period the 20 working days from the reopening apply again
		handling.correctDecision(staff("handler"), appeal.getId(), corrected.getVersion(), revoked(ReopeningTerm.NONE),
				"决定书未定期限");
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(calendar.addWorkingDays(today(), 20));
	}

	@Test
	void aCorrectedResultThatNoLongerSendsTheCaseBackLeavesTheReopenedTerm() {
		AppealCase appeal = pendingReconsideration();
		LocalDate due = today().plusDays(30);
		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.until(due)));

		handling.correctDecision(staff("handler"), appeal.getId(), decided.getVersion(),
				new Decision(Disposition.DECLARED_UNLAWFUL, today().minusDays(10), null, null), "确认违法，不撤销");

		assertThat(replyDue(appeal.getRequestId())).isEqualTo(due);
	}

	@Test
	void aCorrectedPeriodTheApplicationRefusesRollsBackTheCorrection() {
		AppealCase appeal = pendingReconsideration();
		LocalDate due = today().plusDays(30);
		AppealCase decided = handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.until(due)));

		// after the result date, so the case accepts it; before today, so the round
		// refuses it
		assertThatThrownBy(() -> handling.correctDecision(staff("handler"), appeal.getId(), decided.getVersion(),
				revoked(ReopeningTerm.until(today().minusDays(5))), "期限登记有误"))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-term-past"));

		assertThat(handling.show(staff("handler"), appeal.getId()).getReopeningDueOn()).isEqualTo(due);
		assertThat(replyDue(appeal.getRequestId())).isEqualTo(due);
	}

	@Test
	void aPeriodTheApplicationRefusesRollsBackTheResult() {
		AppealCase appeal = pendingReconsideration();

		// After the result date, so the case accepts it; before the reopening, so the
		// application refuses it, and the result goes back with it.
		assertThatThrownBy(() -> handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.until(today().minusDays(5)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-term-past"));

		assertNothingChanged(appeal);
	}

	@Test
	void badPeriodsAreRefusedAndNothingChanges() {
		AppealCase appeal = pendingReconsideration();

		assertThatThrownBy(() -> handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(Decision.term(today().plusDays(30), 15, today()))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-term-ambiguous"));
		assertThatThrownBy(() -> handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(Decision.term(null, 15, null))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-term-served-missing"));
		assertThatThrownBy(() -> handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				revoked(ReopeningTerm.workingDaysFrom(15, today().minusDays(12)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.reopening-served-before-decision"));
		assertThatThrownBy(() -> handling.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
				new Decision(Disposition.CLAIM_REJECTED, today().minusDays(10), null, null,
						ReopeningTerm.until(today().plusDays(30)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.reopening-term-not-corrected"));

		assertNothingChanged(appeal);
	}

	void assertNothingChanged(AppealCase appeal) {
		AppealCase now = handling.show(staff("handler"), appeal.getId());
		assertThat(now.getResult()).isEqualTo(AppealResult.PENDING);
		assertThat(now.getVersion()).isEqualTo(appeal.getVersion());
		assertThat(now.getReopeningDueOn()).isNull();
		assertThat(now.getReopeningDays()).isNull();
		assertThat(now.getDecisionServedOn()).isNull();
		assertThat(requestStatus(appeal.getRequestId())).isEqualTo("ANSWERED");
		assertThat(rounds(appeal.getRequestId())).isEqualTo(1);
	}

}
