package org.gongkai.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 按件 count: per applicant (identity number), per calendar month, across agencies.
 */
class CountedApplicationTests {

	static final String ZHANG = "11010519491231002X";

	static final String LI = "110105194912310037";

	@Test
	void theCountRunsAcrossEveryAgencyOfTheInstallation() {
		List<CountedApplication> month = List.of(Fixtures.application(1, ZHANG, 10, LocalDate.of(2026, 3, 2)),
				Fixtures.application(2, ZHANG, 20, LocalDate.of(2026, 3, 3)),
				Fixtures.application(3, ZHANG, 30, LocalDate.of(2026, 3, 4)));

		assertThat(month.get(2).ordinalAmong(month)).isEqualTo(3);
		assertThat(month.get(0).ordinalAmong(month)).isEqualTo(1);
	}

	@Test
	void theApplicantIsRecognisedByIdentityNumberWhateverItsCase() {
		CountedApplication upper = Fixtures.application(1, ZHANG, 10, LocalDate.of(2026, 3, 2));
		CountedApplication lower = Fixtures.application(2, " " + ZHANG.toLowerCase() + " ", 20,
				LocalDate.of(2026, 3, 3));
		CountedApplication other = Fixtures.application(3, LI, 20, LocalDate.of(2026, 3, 1));

		assertThat(lower.applicant()).isEqualTo(upper.applicant());
		assertThat(lower.ordinalAmong(List.of(upper, lower, other))).isEqualTo(2);
		assertThat(other.ordinalAmong(List.of(upper, lower, other))).isEqualTo(1);
		assertThat(upper.applicant().toString()).doesNotContain(ZHANG);
	}

	@Test
	void aNewCalendarMonthStartsTheCountAgain() {
		CountedApplication lastOfMarch = Fixtures.application(1, ZHANG, 10, LocalDate.of(2026, 3, 31));
		CountedApplication firstOfApril = Fixtures.application(2, ZHANG, 10, LocalDate.of(2026, 4, 1));
		CountedApplication secondOfApril = Fixtures.application(3, ZHANG, 20, LocalDate.of(2026, 4, 30));
		CountedApplication sameMonthLastYear = Fixtures.application(4, ZHANG, 10, LocalDate.of(2025, 4, 15));
		List<CountedApplication> all = List.of(lastOfMarch, firstOfApril, secondOfApril, sameMonthLastYear);

		assertThat(lastOfMarch.ordinalAmong(all)).isEqualTo(1);
		assertThat(firstOfApril.ordinalAmong(all)).isEqualTo(1);
		assertThat(secondOfApril.ordinalAmong(all)).isEqualTo(2);
	}

	@Test
	void applicationsOfOneDayAreOrderedByTheirNumber() {
		CountedApplication later = Fixtures.application(9, ZHANG, 10, LocalDate.of(2026, 3, 2));
		CountedApplication earlier = Fixtures.application(5, ZHANG, 20, LocalDate.of(2026, 3, 2));

		assertThat(later.ordinalAmong(List.of(later, earlier))).isEqualTo(2);
		assertThat(earlier.ordinalAmong(List.of(later, earlier))).isEqualTo(1);
	}

	@Test
	void theEleventhApplicationOfTheMonthIsTheFirstCharged() {
		FeeCalculator calculator = Fixtures.nationalCalculator();
		List<CountedApplication> month = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			month.add(Fixtures.application(i, ZHANG, i % 2 == 0 ? 10 : 20, LocalDate.of(2026, 5, i)));
		}
		int tenth = month.get(9).ordinalAmong(month);
		int eleventh = month.get(10).ordinalAmong(month);

		assertThat(calculator.assess(FeeBasis.PER_APPLICATION, tenth, LocalDate.of(2026, 5, 10)).amountYuan())
			.isEqualByComparingTo("0");
		assertThat(calculator.assess(FeeBasis.PER_APPLICATION, eleventh, LocalDate.of(2026, 5, 11)).amountYuan())
			.isEqualByComparingTo("100");
	}

	@Test
	void aBlankIdentityNumberCannotBeCounted() {
		assertThatThrownBy(() -> ApplicantKey.of(" ")).isInstanceOf(IllegalArgumentException.class);
	}

}
