package org.gongkai.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * A progressive fee standard (超额累进, Article 3 of 国办函〔2020〕109号): each unit costs the
 * price of the tier it falls in, and the fee for {@code n} units is the sum over units 1
 * to {@code n}.
 *
 * @param basis what the units are
 * @param tiers the tiers in order; the first starts at unit 1, each later one after the
 * one before
 */
@NamedInterface("api")
public record FeeStandard(FeeBasis basis, List<FeeTier> tiers) {

	public FeeStandard {
		Objects.requireNonNull(basis, "basis");
		tiers = List.copyOf(tiers);
		if (tiers.isEmpty() || tiers.get(0).fromUnit() != 1) {
			throw new IllegalArgumentException("The first tier of " + basis + " starts at unit 1");
		}
		for (int i = 1; i < tiers.size(); i++) {
			if (tiers.get(i).fromUnit() <= tiers.get(i - 1).fromUnit()) {
				throw new IllegalArgumentException("The tiers of " + basis + " are in ascending order");
			}
		}
	}

	/**
	 * The fee for {@code count} units.
	 * @throws IllegalArgumentException if {@code count} is negative
	 */
	public FeeQuote quote(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count is not negative: " + count);
		}
		List<FeeQuote.Line> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < tiers.size(); i++) {
			FeeTier tier = tiers.get(i);
			if (tier.fromUnit() > count) {
				break;
			}
			int last = i + 1 < tiers.size() ? Math.min(count, tiers.get(i + 1).fromUnit() - 1) : count;
			int step = tier.bandSize() == 0 ? last - tier.fromUnit() + 1 : tier.bandSize();
			for (int from = tier.fromUnit(); from <= last; from += step) {
				int to = Math.min(last, from + step - 1);
				BigDecimal price = yuan(tier.priceOf(from));
				BigDecimal subtotal = yuan(price.multiply(BigDecimal.valueOf(to - from + 1)));
				lines.add(new FeeQuote.Line(from, to, to - from + 1, price, subtotal));
				total = total.add(subtotal);
			}
		}
		return new FeeQuote(basis, count, yuan(total), lines);
	}

	/**
	 * The price of unit {@code unit} alone: for 按件, the fee of the applicant's
	 * {@code unit}th application of the month.
	 */
	public BigDecimal priceOf(int unit) {
		if (unit < 1) {
			throw new IllegalArgumentException("Units are counted from 1: " + unit);
		}
		FeeTier tier = tiers.get(0);
		for (FeeTier candidate : tiers) {
			if (candidate.fromUnit() <= unit) {
				tier = candidate;
			}
		}
		return yuan(tier.priceOf(unit));
	}

	static BigDecimal yuan(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
