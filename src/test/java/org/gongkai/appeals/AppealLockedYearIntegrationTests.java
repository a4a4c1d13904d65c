package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.agencies.ReportingYears;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The year lock of the annual report inside the appeals: 卧龙区商务局's 2023 report is
 * published (demo data), so 2023 is locked. A late-entered case filed in 2023 and its
 * 2023 result are recorded and flagged for a correction; an amendment, a corrected result
 * or a voiding that would change the signed-off table 四 is refused with the rule and
 * changes nothing. Each test rolls back.
 */
@Transactional
class AppealLockedYearIntegrationTests extends AppealsIntegrationTest {

	private static final LocalDate IN_2023 = LocalDate.of(2023, 6, 1);

	@Autowired
	AppealHandling handling;

	@Autowired
	AppealStatistics statistics;

	@Autowired
	ReportingYears years;

	@Test
	void aLateEnteredCaseAndItsResultInTheLockedYearAreRecordedAndFlagged() {
		assertThat(this.years.isLocked(commerce(), 2023)).isTrue();
		AppealCase late = this.handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.RECONSIDERATION, IN_2023))
			.appeal();
		assertThat(late.getId()).isNotNull();
		assertThat(entries(late.getId())).extracting(AppealStatistics.LockedYearEntry::step)
			.containsExactly("REGISTERED");
		assertThat(this.statistics.forYear(commerce(), 2023).reconsideration().pending()).isEqualTo(1);

		this.handling.decide(staff("handler"), late.getId(), null,
				new Decision(Disposition.UPHELD, LocalDate.of(2023, 9, 1), "卧政复决〔2023〕5 号", null));
		List<AppealStatistics.LockedYearEntry> flagged = entries(late.getId());
		assertThat(flagged).extracting(AppealStatistics.LockedYearEntry::step).containsExactly("REGISTERED", "DECIDED");
		assertThat(flagged.get(1).stepOn()).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(flagged.get(1).summary()).contains("决定维持");
		assertThat(flagged.get(0).recordedBy()).isEqualTo("handler");
	}

	@Test
	void aResultOfALaterYearAndACaseOfAnOpenYearAreNotFlagged() {
		AppealCase late = this.handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.RECONSIDERATION, LocalDate.of(2023, 12, 20)))
			.appeal();
		this.handling.decide(staff("handler"), late.getId(), null,
				new Decision(Disposition.UPHELD, LocalDate.of(2024, 2, 1), "卧政复决〔2024〕2 号", null));
		assertThat(entries(late.getId())).extracting(AppealStatistics.LockedYearEntry::step)
			.containsExactly("REGISTERED");

		AppealCase open = this.handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.RECONSIDERATION, LocalDate.of(2024, 3, 1)))
			.appeal();
		assertThat(entries(open.getId())).isEmpty();
		// moving a case within open years is not the lock's business
		this.handling.amend(staff("handler"), open.getId(), null,
				new CaseFacts("南阳市卧龙区人民政府", null, LocalDate.of(2024, 3, 2), ContestedAct.REPLY, null));
	}

	@Test
	void stepsThatWouldChangeTheSignedOffTableAreRefusedAndChangeNothing() {
		AppealCase late = this.handling
			.register(staff("handler"), olderCase(commerce(), AppealKind.RECONSIDERATION, IN_2023))
			.appeal();
		AppealCase decided = this.handling.decide(staff("handler"), late.getId(), null,
				new Decision(Disposition.UPHELD, LocalDate.of(2023, 9, 1), "卧政复决〔2023〕5 号", null));

		assertThatThrownBy(() -> this.handling.amend(staff("handler"), late.getId(), null,
				new CaseFacts("南阳市卧龙区人民政府", null, LocalDate.of(2024, 1, 2), ContestedAct.REPLY, null)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo(ReportingYears.LOCKED));
		assertThatThrownBy(() -> this.handling.correctDecision(staff("handler"), late.getId(), null,
				new Decision(Disposition.REVOKED, LocalDate.of(2023, 9, 1), "卧政复决〔2023〕5 号", null), "录入错误"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo(ReportingYears.LOCKED));
		assertThatThrownBy(() -> this.handling.correctDecision(staff("handler"), late.getId(), null, null, "结果录入错误，撤回"))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.handling.voidEntry(staff("head"), late.getId(), null, "误录"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo(ReportingYears.LOCKED));

		AppealCase now = this.handling.show(staff("handler"), late.getId());
		assertThat(now.getFiledOn()).isEqualTo(IN_2023);
		assertThat(now.getResult()).isEqualTo(AppealResult.UPHELD);
		assertThat(now.isVoided()).isFalse();
		assertThat(now.getVersion()).isEqualTo(decided.getVersion());
		assertThat(this.statistics.forYear(commerce(), 2023).reconsideration().upheld()).isEqualTo(1);

		// a correction that leaves the case in its column (the document number) is
		// recorded
		this.handling.correctDecision(staff("handler"), late.getId(), null,
				new Decision(Disposition.UPHELD, LocalDate.of(2023, 9, 1), "卧政复决〔2023〕6 号", null), "文号录入错误");
	}

	private List<AppealStatistics.LockedYearEntry> entries(long appealId) {
		return this.statistics.lockedYearEntries(commerce(), 2023, null)
			.stream()
			.filter(entry -> entry.appealId() == appealId)
			.toList();
	}

}
