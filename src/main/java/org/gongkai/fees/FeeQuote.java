package org.gongkai.fees;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The fee for a number of units under one standard, with the tiers applied: what the
 * calculator, the quote API and the fee notice show.
 *
 * @param basis per application or per page
 * @param count the units counted (applications in the month, or pages)
 * @param amountYuan the total in yuan, scale 2
 * @param lines the tiers applied, in order, free ones included
 */
@NamedInterface("api")
public record FeeQuote(FeeBasis basis, int count, BigDecimal amountYuan, List<Line> lines) {

	public FeeQuote {
		lines = List.copyOf(lines);
	}

	/**
	 * The units of one tier (or one band of an escalating tier).
	 *
	 * @param fromUnit the first unit
	 * @param toUnit the last unit
	 * @param units the number of units
	 * @param yuanPerUnit the price of each
	 * @param subtotalYuan {@code units × yuanPerUnit}, scale 2
	 */
	public record Line(int fromUnit, int toUnit, int units, BigDecimal yuanPerUnit, BigDecimal subtotalYuan) {
	}

}
