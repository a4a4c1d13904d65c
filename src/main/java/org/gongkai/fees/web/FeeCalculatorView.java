package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.fees.FeeCalculator;
import org.gongkai.fees.FeeSchedule;
import org.gongkai.fees.FeeStandard;
import org.gongkai.fees.FeeTier;
import org.gongkai.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public calculator and the console page share: the form's values, the quote or
 * the problems with the input (and a 400), and the tiers of a schedule as table rows.
 */
@Component
class FeeCalculatorView {

	/**
	 * A tier as a row of the schedule table.
	 *
	 * @param from its first unit
	 * @param to its last unit, or {@code null} for the open-ended last tier
	 * @param yuan the price per unit (of its first band)
	 * @param band units per band of an escalating tier, 0 for a flat one
	 * @param increment the price rise per band
	 */
	record TierRow(int from, Integer to, BigDecimal yuan, int band, BigDecimal increment) {
	}

	private final FeeCalculator calculator;

	private final MessageSource messages;

	FeeCalculatorView(FeeCalculator calculator, MessageSource messages) {
		this.calculator = calculator;
		this.messages = messages;
	}

	/**
	 * Fills {@code model} for the calculator with the query {@code basis}, {@code count}.
	 */
	void fill(String basis, String count, Model model, HttpServletResponse response) {
		model.addAttribute("maxCount", calculator.maxCount());
		model.addAttribute("schedule", calculator.inForce().orElse(null));
		model.addAttribute("basis", basis == null ? "per-application" : basis);
		model.addAttribute("count", count);
		if (basis == null && count == null) {
			return;
		}
		try {
			model.addAttribute("quote", calculator.quote(basis, count));
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors",
					e.problems()
						.stream()
						.map(problem -> messages.getMessage(problem.code(), problem.args().toArray(), problem.code(),
								LocaleContextHolder.getLocale()))
						.toList());
		}
	}

	/** The rows of {@code standard}'s tiers. */
	static List<TierRow> rows(FeeStandard standard) {
		List<TierRow> rows = new ArrayList<>();
		List<FeeTier> tiers = standard.tiers();
		for (int i = 0; i < tiers.size(); i++) {
			FeeTier tier = tiers.get(i);
			Integer to = i + 1 < tiers.size() ? tiers.get(i + 1).fromUnit() - 1 : null;
			rows.add(new TierRow(tier.fromUnit(), to, tier.yuanPerUnit(), tier.bandSize(), tier.bandIncrement()));
		}
		return rows;
	}

	/** Every configured schedule with its tiers as rows, for the console. */
	List<ScheduleRows> schedules() {
		return calculator.schedules()
			.stream()
			.map(schedule -> new ScheduleRows(schedule, rows(schedule.perApplication()), rows(schedule.perPage())))
			.toList();
	}

	/**
	 * A schedule and its tiers as rows.
	 *
	 * @param schedule the schedule
	 * @param perApplication its 按件 rows
	 * @param perPage its 按量 rows
	 */
	record ScheduleRows(FeeSchedule schedule, List<TierRow> perApplication, List<TierRow> perPage) {
	}

}
