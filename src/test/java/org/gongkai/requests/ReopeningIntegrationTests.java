package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11, item 7: a case reopened after 纠正 gets the period the decision sets (a date,
 * or working days from the day the decision was served on the agency), 20 working days
 * only when it sets none; in table 三 a reopening in the year of the revoked disposal
 * replaces it (counted once, under the final outcome or carried forward), one in a later
 * year is newly received in that year, and R-OFF-1 stays balanced.
 */
class ReopeningIntegrationTests extends RequestsIntegrationTest {

	static final String[] ROWS = { "newlyReceived", "carriedOver", "totalProcessed", "carriedForward" };

	@Autowired
	RequestDirectory directory;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	WorkingCalendar calendar;

	long answered(LocalDate day, Outcome outcome) {
		long id = assignedCase(day);
		handling.draftReply(staff("handler"), id, null, outcome, null, "答复理由");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, day, DeliveryMethod.EMAIL);
		return id;
	}

	LocalDate replyDue(long id) {
		return handling.deadlineStatusOf(handling.show(staff("handler"), id)).replyDue();
	}

	@Test
	void theReopenedRoundHasThePeriodTheDecisionSets() {
		long byDays = answered(TODAY, Outcome.GRANTED);
		long byDate = answered(TODAY, Outcome.GRANTED);
		long none = answered(TODAY, Outcome.GRANTED);
		LocalDate reopened = LocalDate.of(2025, 6, 3);
		LocalDate served = LocalDate.of(2025, 5, 30);
		clock.setDay(reopened);

		directory.reopen(byDays, "卧政复决〔2025〕11号", "appeals", ReopeningTerm.workingDaysFrom(10, served));
		directory.reopen(byDate, "卧政复决〔2025〕12号", "appeals", ReopeningTerm.until(LocalDate.of(2025, 6, 20)));
		directory.reopen(none, "卧政复决〔2025〕13号", "appeals", ReopeningTerm.NONE);

		assertThat(replyDue(byDays)).isEqualTo(calendar.addWorkingDays(served, 10));
		assertThat(replyDue(byDate)).isEqualTo(LocalDate.of(2025, 6, 20));
		assertThat(replyDue(none)).isEqualTo(calendar.addWorkingDays(reopened, 20));
	}

	@Test
	void aBadPeriodIsRefusedAndNothingChanges() {
		long id = answered(TODAY, Outcome.GRANTED);
		clock.setDay(LocalDate.of(2025, 6, 3));
		assertThatThrownBy(() -> directory.reopen(id, "决定", "appeals", ReopeningTerm.until(LocalDate.of(2025, 6, 2))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-term-past"));
		assertThatThrownBy(() -> new ReopeningTerm(null, 10, null)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo("request.reopening-term-served-missing"));
		assertThatThrownBy(() -> directory.reopen(id, "决定", "appeals",
				ReopeningTerm.workingDaysFrom(10, LocalDate.of(2025, 6, 4))))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("request.reopening-served-future"));
		InformationRequest unchanged = handling.show(staff("handler"), id);
		assertThat(unchanged.getRound()).isEqualTo(1);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.ANSWERED);
	}

	Map<String, Long> counts(int year) {
		var table = statistics.forYear(commerce(), year);
		return Stream.of(ROWS).collect(Collectors.toMap(Function.identity(), key -> table.row(key).total()));
	}

	long granted(int year) {
		return statistics.forYear(commerce(), year).row(Outcome.GRANTED).total();
	}

	long notHeld(int year) {
		return statistics.forYear(commerce(), year).row(Outcome.UNAVAILABLE_NOT_HELD).total();
	}

	static long delta(Map<String, Long> after, Map<String, Long> before, String key) {
		return after.get(key) - before.get(key);
	}

	static void balanced(Map<String, Long> after, Map<String, Long> before) {
		assertThat(delta(after, before, "newlyReceived") + delta(after, before, "carriedOver"))
			.as("R-OFF-1 on the changes")
			.isEqualTo(delta(after, before, "totalProcessed") + delta(after, before, "carriedForward"));
	}

	@Test
	void aReopeningInTheSameYearReplacesTheRevokedDisposalAndOneInALaterYearIsNewlyReceived() {
		Map<String, Long> before2025 = counts(2025);
		Map<String, Long> before2026 = counts(2026);
		long granted2025 = granted(2025);
		long notHeld2025 = notHeld(2025);

		long finished = answered(TODAY, Outcome.GRANTED);
		long open = answered(TODAY, Outcome.GRANTED);
		long later = answered(TODAY, Outcome.GRANTED);
		clock.setDay(LocalDate.of(2025, 6, 3));
		directory.reopen(finished, "卧政复决〔2025〕21号", "appeals");
		directory.reopen(open, "卧政复决〔2025〕22号", "appeals");
		handling.draftReply(staff("handler"), finished, null, Outcome.UNAVAILABLE_NOT_HELD, null, "经检索不存在");
		handling.review(staff("reviewer"), finished, null, true, null);
		handling.answer(staff("handler"), finished, null, LocalDate.of(2025, 6, 3), DeliveryMethod.EMAIL);
		clock.setDay(LocalDate.of(2026, 1, 12));
		directory.reopen(later, "卧政复决〔2026〕1号", "appeals");

		Map<String, Long> after2025 = counts(2025);
		assertThat(delta(after2025, before2025, "newlyReceived")).as("each application once").isEqualTo(3);
		assertThat(delta(after2025, before2025, "totalProcessed")).isEqualTo(2);
		assertThat(delta(after2025, before2025, "carriedForward")).as("reopened and open at year end").isEqualTo(1);
		assertThat(granted(2025) - granted2025).as("the later reopening keeps its 2025 disposal").isEqualTo(1);
		assertThat(notHeld(2025) - notHeld2025).as("the final outcome of the same-year reopening").isEqualTo(1);
		balanced(after2025, before2025);

		Map<String, Long> after2026 = counts(2026);
		assertThat(delta(after2026, before2026, "newlyReceived")).isEqualTo(1);
		assertThat(delta(after2026, before2026, "carriedOver")).isEqualTo(1);
		assertThat(delta(after2026, before2026, "carriedForward")).isEqualTo(2);
		balanced(after2026, before2026);
	}

}
