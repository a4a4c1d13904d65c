package org.gongkai.fees;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * One tier of a progressive fee standard: the units from {@code fromUnit} up to the next
 * tier's first unit cost {@code yuanPerUnit} each. A tier with a band size escalates
 * within itself: every {@code bandSize} units the price rises by {@code bandIncrement}
 * (the open-ended 按件 tier of Article 4: “每10件为一档，每档每件加收100元”).
 *
 * @param fromUnit the first unit of the tier, counted from 1
 * @param yuanPerUnit the price of each unit of the tier's first band, in yuan
 * @param bandSize units per band, or 0 for a flat tier
 * @param bandIncrement the price rise per band in yuan (zero for a flat tier)
 */
@NamedInterface("api")
public record FeeTier(int fromUnit, BigDecimal yuanPerUnit, int bandSize, BigDecimal bandIncrement) {

	public FeeTier {
		Objects.requireNonNull(yuanPerUnit, "yuanPerUnit");
		bandIncrement = bandIncrement == null ? BigDecimal.ZERO : bandIncrement;
		if (fromUnit < 1) {
			throw new IllegalArgumentException("A tier starts at unit 1 or later: " + fromUnit);
		}
		if (yuanPerUnit.signum() < 0 || bandIncrement.signum() < 0 || bandSize < 0) {
			throw new IllegalArgumentException("Fee tiers have no negative prices or bands");
		}
		if (bandSize == 0 && bandIncrement.signum() != 0) {
			throw new IllegalArgumentException("A price rise needs a band size");
		}
	}

	/** A flat tier. */
	public static FeeTier flat(int fromUnit, String yuanPerUnit) {
		return new FeeTier(fromUnit, new BigDecimal(yuanPerUnit), 0, BigDecimal.ZERO);
	}

	/** A tier whose price rises by {@code increment} every {@code bandSize} units. */
	public static FeeTier escalating(int fromUnit, String yuanPerUnit, int bandSize, String increment) {
		return new FeeTier(fromUnit, new BigDecimal(yuanPerUnit), bandSize, new BigDecimal(increment));
	}

	/** The price of unit {@code unit} of this tier (at or after {@link #fromUnit}). */
	BigDecimal priceOf(int unit) {
		if (bandSize == 0) {
			return yuanPerUnit;
		}
		return yuanPerUnit.add(bandIncrement.multiply(BigDecimal.valueOf((unit - fromUnit) / bandSize)));
	}

}
