package org.gongkai.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RuleViolation;
import org.springframework.modulith.NamedInterface;

/**
 * The fee calculator: quotes under the schedule in force on a day, and the assessment of
 * one application. Pure arithmetic over {@link FeeSchedules}; thread-safe.
 */
@NamedInterface("api")
public class FeeCalculator {

	/** The rule set of a refused quote, the code of its {@link InvalidInput}. */
	public static final String INVALID = "fee.invalid";

	private final FeeSchedules schedules;

	private final Clock clock;

	private final int maxCount;

	/**
	 * @param schedules the configured schedules
	 * @param clock today's source
	 * @param maxCount the largest count quoted ({@code gongkai.fees.max-count})
	 */
	public FeeCalculator(FeeSchedules schedules, Clock clock, int maxCount) {
		this.schedules = schedules;
		this.clock = clock;
		this.maxCount = maxCount;
	}

	/** Every configured schedule, in date order. */
	public List<FeeSchedule> schedules() {
		return schedules.all();
	}

	/** The schedule in force today, if any. */
	public Optional<FeeSchedule> inForce() {
		return schedules.on(LocalDate.now(clock));
	}

	/** The largest count a quote accepts. */
	public int maxCount() {
		return maxCount;
	}

	/**
	 * The fee for {@code count} units under today's schedule: for 按件 the total of
	 * {@code count} applications by one applicant in one month, for 按量 of {@code count}
	 * pages.
	 * @throws RuleViolation {@code fee.no-schedule} if no schedule applies today
	 */
	public FeeQuote quote(FeeBasis basis, int count) {
		return scheduleOn(LocalDate.now(clock)).standard(basis).quote(checkedCount(count));
	}

	/**
	 * {@link #quote(FeeBasis, int)} for the text of a form or query string.
	 * @throws InvalidInput {@code fee.invalid} with a problem for each of a missing or
	 * unknown {@code basis} and a missing, non-numeric, negative or too large
	 * {@code count}; {@link FeeBasis#parameter()} names the bases
	 */
	public FeeQuote quote(String basis, String count) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<FeeBasis> parsedBasis = Optional.empty();
		if (basis == null || basis.isBlank()) {
			problems.add(new FieldProblem("basis", "fee.basis.missing"));
		}
		else {
			parsedBasis = FeeBasis.ofParameter(basis.strip());
			if (parsedBasis.isEmpty()) {
				problems.add(new FieldProblem("basis", "fee.basis.unknown", basis.strip()));
			}
		}
		Integer parsedCount = null;
		if (count == null || count.isBlank()) {
			problems.add(new FieldProblem("count", "fee.count.missing"));
		}
		else {
			try {
				parsedCount = Integer.valueOf(count.strip());
				if (parsedCount < 0) {
					problems.add(new FieldProblem("count", "fee.count.negative"));
				}
				else if (parsedCount > maxCount) {
					problems.add(new FieldProblem("count", "fee.count.too-large", maxCount));
				}
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("count",
						count.strip().matches("-\\d+") ? "fee.count.negative"
								: count.strip().matches("\\d+") ? "fee.count.too-large" : "fee.count.not-a-number",
						maxCount));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(INVALID, problems);
		}
		return quote(parsedBasis.orElseThrow(), parsedCount);
	}

	/**
	 * The fee of one application charged under {@code basis} on {@code day}.
	 * @param units for 按件 the application's ordinal in its applicant's month
	 * ({@link CountedApplication#ordinalAmong}), from 1; for 按量 its pages, from 0
	 * @throws InvalidInput {@code fee.invalid} for negative (or, 按件, zero) units
	 * @throws RuleViolation {@code fee.no-schedule} if no schedule applies on {@code day}
	 */
	public FeeAssessment assess(FeeBasis basis, int units, LocalDate day) {
		if (units < 0 || (basis == FeeBasis.PER_APPLICATION && units < 1)) {
			throw new InvalidInput(INVALID, List.of(new FieldProblem("units", "fee.count.negative")));
		}
		FeeSchedule schedule = scheduleOn(day);
		FeeStandard standard = schedule.standard(basis);
		FeeQuote quote = standard.quote(checkedCount(units));
		return new FeeAssessment(basis, units, schedule.name(),
				basis == FeeBasis.PER_APPLICATION ? standard.priceOf(units) : quote.amountYuan(), quote);
	}

	/**
	 * The schedule that applies on {@code day}.
	 * @throws RuleViolation {@code fee.no-schedule} if none does
	 */
	public FeeSchedule scheduleOn(LocalDate day) {
		return schedules.on(day)
			.orElseThrow(() -> new RuleViolation("fee.no-schedule",
					"%s 没有适用的信息处理费标准（请检查 gongkai.fees.schedules 的有效期）".formatted(day)));
	}

	private int checkedCount(int count) {
		if (count < 0) {
			throw new InvalidInput(INVALID, List.of(new FieldProblem("count", "fee.count.negative")));
		}
		if (count > maxCount) {
			throw new InvalidInput(INVALID, List.of(new FieldProblem("count", "fee.count.too-large", maxCount)));
		}
		return count;
	}

}
