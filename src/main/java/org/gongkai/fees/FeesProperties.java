package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Settings of the fees module ({@code gongkai.fees.*}); defaults documented in
 * docs/fees.md.
 *
 * @param schedules the fee schedules with their validity dates; none configured means the
 * national schedule of 国办函〔2020〕109号 from 2021-01-01 ({@link FeeSchedule#national()})
 * @param maxCount the largest count a quote accepts
 * @param paymentInstructions how to pay, printed on every fee notice unless the notice
 * states its own
 */
@ConfigurationProperties("gongkai.fees")
public record FeesProperties(List<Schedule> schedules, @DefaultValue("10000") int maxCount,
		@DefaultValue(DEFAULT_PAYMENT) String paymentInstructions) {

	/** The default of {@code gongkai.fees.payment-instructions}. */
	public static final String DEFAULT_PAYMENT = "请按本通知载明的金额，通过本级财政非税收入收缴系统缴入国库"
			+ "（政府收支分类科目 103049950 其他缴入国库的行政事业性收费），缴费后凭财政票据办理。";

	public FeesProperties {
		schedules = schedules == null ? List.of() : List.copyOf(schedules);
	}

	/**
	 * One schedule ({@code gongkai.fees.schedules[i].*}).
	 *
	 * @param name the rule it implements
	 * @param validFrom the first day it applies (ISO date)
	 * @param validUntil the last day, or none while in force
	 * @param perApplication the 按件 tiers
	 * @param perPage the 按量 tiers
	 */
	public record Schedule(String name, @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate validUntil, List<Tier> perApplication, List<Tier> perPage) {
	}

	/**
	 * One tier ({@code …per-page[j].from}, {@code .yuan}, {@code .band},
	 * {@code .increment}).
	 *
	 * @param from its first unit
	 * @param yuan the price per unit
	 * @param band units per band of an escalating tier, or none
	 * @param increment the price rise per band
	 */
	public record Tier(int from, BigDecimal yuan, Integer band, BigDecimal increment) {

		FeeTier toTier() {
			return new FeeTier(from, yuan, band == null ? 0 : band, increment);
		}

	}

	/** The configured schedules, or the national one when none is configured. */
	public FeeSchedules feeSchedules() {
		if (schedules.isEmpty()) {
			return new FeeSchedules(List.of(FeeSchedule.national()));
		}
		return new FeeSchedules(schedules.stream()
			.map(schedule -> new FeeSchedule(schedule.name(), schedule.validFrom(), schedule.validUntil(),
					new FeeStandard(FeeBasis.PER_APPLICATION,
							schedule.perApplication().stream().map(Tier::toTier).toList()),
					new FeeStandard(FeeBasis.PER_PAGE, schedule.perPage().stream().map(Tier::toTier).toList())))
			.toList());
	}

}
