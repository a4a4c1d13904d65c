package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The fee arithmetic of 国办函〔2020〕109号 and the schedules' validity dates. */
class FeeCalculatorTests {

	final FeeCalculator calculator = Fixtures.nationalCalculator();

	@Test
	void fortyFiveApplicationsInOneMonthCostFiveThousandFiveHundredYuan() {
		FeeQuote quote = calculator.quote(FeeBasis.PER_APPLICATION, 45);

		assertThat(quote.amountYuan()).isEqualByComparingTo("5500");
		assertThat(quote.lines())
			.extracting(FeeQuote.Line::fromUnit, FeeQuote.Line::toUnit, line -> line.yuanPerUnit().intValue(),
					line -> line.subtotalYuan().intValue())
			.containsExactly(tuple(1, 10, 0, 0), tuple(11, 30, 100, 2000), tuple(31, 40, 200, 2000),
					tuple(41, 45, 300, 1500));
	}

	@Test
	void twoHundredFiftyPagesCostFourThousandSevenHundredYuan() {
		FeeQuote quote = calculator.quote(FeeBasis.PER_PAGE, 250);

		assertThat(quote.amountYuan()).isEqualByComparingTo("4700");
		assertThat(quote.lines()).extracting(FeeQuote.Line::units, line -> line.subtotalYuan().intValue())
			.containsExactly(tuple(30, 0), tuple(70, 700), tuple(100, 2000), tuple(50, 2000));
	}

	@Test
	void tierBoundariesAreInclusiveAsTheArticlesSay() {
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 0).amountYuan()).isEqualByComparingTo("0");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 10).amountYuan()).isEqualByComparingTo("0");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 11).amountYuan()).isEqualByComparingTo("100");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 30).amountYuan()).isEqualByComparingTo("2000");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 31).amountYuan()).isEqualByComparingTo("2200");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 50).amountYuan()).isEqualByComparingTo("7000");
		assertThat(calculator.quote(FeeBasis.PER_APPLICATION, 51).amountYuan()).isEqualByComparingTo("7400");
		assertThat(calculator.quote(FeeBasis.PER_PAGE, 30).amountYuan()).isEqualByComparingTo("0");
		assertThat(calculator.quote(FeeBasis.PER_PAGE, 31).amountYuan()).isEqualByComparingTo("10");
		assertThat(calculator.quote(FeeBasis.PER_PAGE, 100).amountYuan()).isEqualByComparingTo("700");
		assertThat(calculator.quote(FeeBasis.PER_PAGE, 200).amountYuan()).isEqualByComparingTo("2700");
		assertThat(calculator.quote(FeeBasis.PER_PAGE, 201).amountYuan()).isEqualByComparingTo("2740");
	}

	@Test
	void theQuoteIsTheSumOfTheUnitPrices() {
		FeeStandard standard = FeeSchedule.national().perApplication();
		BigDecimal sum = BigDecimal.ZERO;
		for (int unit = 1; unit <= 137; unit++) {
			sum = sum.add(standard.priceOf(unit));
			assertThat(standard.quote(unit).amountYuan()).isEqualByComparingTo(sum);
		}
		assertThat(standard.priceOf(137)).isEqualByComparingTo("1200");
	}

	@Test
	void amountsAreExactDecimalYuan() {
		FeeStandard standard = new FeeStandard(FeeBasis.PER_PAGE, List.of(FeeTier.flat(1, "0.1")));

		assertThat(standard.quote(3).amountYuan()).isEqualTo(new BigDecimal("0.30"));
	}

	@Test
	void oneApplicationIsChargedUnderOneStandardOnly() {
		FeeAssessment byPages = calculator.assess(FeeBasis.PER_PAGE, 250, Fixtures.TODAY);
		FeeAssessment byCount = calculator.assess(FeeBasis.PER_APPLICATION, 45, Fixtures.TODAY);

		assertThat(byPages.amountYuan()).isEqualByComparingTo("4700");
		assertThat(byPages.quote().basis()).isEqualTo(FeeBasis.PER_PAGE);
		// The 45th application of the month costs its own tier's price; the month's total
		// is the quote.
		assertThat(byCount.amountYuan()).isEqualByComparingTo("300");
		assertThat(byCount.quote().amountYuan()).isEqualByComparingTo("5500");
		assertThat(byCount.scheduleName()).isEqualTo("国办函〔2020〕109号");
	}

	@Test
	void theScheduleInForceOnTheDayApplies() {
		FeeSchedule national = FeeSchedule.national();
		FeeSchedule old = new FeeSchedule("old", national.validFrom(), LocalDate.of(2026, 12, 31),
				national.perApplication(), national.perPage());
		FeeSchedule doubled = new FeeSchedule("2027", LocalDate.of(2027, 1, 1), null,
				new FeeStandard(FeeBasis.PER_APPLICATION, List.of(FeeTier.flat(1, "0"), FeeTier.flat(11, "200"))),
				national.perPage());
		FeeSchedules schedules = new FeeSchedules(List.of(doubled, old));

		assertThat(Fixtures.calculator(schedules, LocalDate.of(2026, 12, 31))
			.quote(FeeBasis.PER_APPLICATION, 11)
			.amountYuan()).isEqualByComparingTo("100");
		assertThat(Fixtures.calculator(schedules, LocalDate.of(2027, 1, 1))
			.quote(FeeBasis.PER_APPLICATION, 11)
			.amountYuan()).isEqualByComparingTo("200");
		assertThatThrownBy(() -> Fixtures.calculator(schedules, LocalDate.of(2020, 12, 31)).quote(FeeBasis.PER_PAGE, 1))
			.isInstanceOf(RuleViolation.class)
			.extracting("code")
			.isEqualTo("fee.no-schedule");
	}

	@Test
	void overlappingSchedulesAreRefused() {
		FeeSchedule national = FeeSchedule.national();
		FeeSchedule later = new FeeSchedule("later", LocalDate.of(2025, 1, 1), null, national.perApplication(),
				national.perPage());

		assertThatThrownBy(() -> new FeeSchedules(List.of(national, later)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overlap");
	}

	@Test
	void configuredTiersBecomeASchedule() {
		FeesProperties properties = new FeesProperties(
				List.of(new FeesProperties.Schedule("local", LocalDate.of(2022, 1, 1), null,
						List.of(new FeesProperties.Tier(1, BigDecimal.ZERO, null, null),
								new FeesProperties.Tier(11, new BigDecimal("100"), null, null),
								new FeesProperties.Tier(31, new BigDecimal("200"), 10, new BigDecimal("100"))),
						List.of(new FeesProperties.Tier(1, BigDecimal.ZERO, null, null),
								new FeesProperties.Tier(31, new BigDecimal("5"), null, null)))),
				10_000, FeesProperties.DEFAULT_PAYMENT);

		FeeCalculator configured = Fixtures.calculator(properties.feeSchedules(), Fixtures.TODAY);

		assertThat(configured.quote(FeeBasis.PER_APPLICATION, 45).amountYuan()).isEqualByComparingTo("5500");
		assertThat(configured.quote(FeeBasis.PER_PAGE, 40).amountYuan()).isEqualByComparingTo("50");
		assertThat(new FeesProperties(null, 10_000, "").feeSchedules().all()).containsExactly(national());
	}

	@Test
	void badQueriesNameEachRuleBroken() {
		assertThat(problems(null, null)).containsExactly("fee.basis.missing", "fee.count.missing");
		assertThat(problems("per-word", "3")).containsExactly("fee.basis.unknown");
		assertThat(problems("per-page", "-1")).containsExactly("fee.count.negative");
		assertThat(problems("per-page", "-99999999999")).containsExactly("fee.count.negative");
		assertThat(problems("per-page", "ten")).containsExactly("fee.count.not-a-number");
		assertThat(problems("per-page", "10001")).containsExactly("fee.count.too-large");
		assertThat(problems("per-page", "99999999999")).containsExactly("fee.count.too-large");
		assertThat(calculator.quote("per-page", " 250 ").amountYuan()).isEqualByComparingTo("4700");
	}

	@Test
	void negativeUnitsAreRefused() {
		assertThatThrownBy(() -> calculator.assess(FeeBasis.PER_PAGE, -1, Fixtures.TODAY))
			.isInstanceOf(InvalidInput.class)
			.extracting("code")
			.isEqualTo(FeeCalculator.INVALID);
		assertThatThrownBy(() -> calculator.assess(FeeBasis.PER_APPLICATION, 0, Fixtures.TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	private List<String> problems(String basis, String count) {
		try {
			calculator.quote(basis, count);
			return List.of();
		}
		catch (InvalidInput e) {
			assertThat(e.code()).isEqualTo(FeeCalculator.INVALID);
			return e.problems().stream().map(InvalidInput.FieldProblem::code).toList();
		}
	}

	private static FeeSchedule national() {
		return FeeSchedule.national();
	}

}
