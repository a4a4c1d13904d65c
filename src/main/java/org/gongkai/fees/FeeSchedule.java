package org.gongkai.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * A fee schedule and the days it is in force: the 按件 and 按量 standards of one version of
 * the national (or a local) rule.
 *
 * @param name the rule it implements, such as 国办函〔2020〕109号, printed on fee notices
 * @param validFrom the first day it applies
 * @param validUntil the last day it applies, or {@code null} while in force
 * @param perApplication the 按件 standard
 * @param perPage the 按量 standard
 */
@NamedInterface("api")
public record FeeSchedule(String name, LocalDate validFrom, LocalDate validUntil, FeeStandard perApplication,
		FeeStandard perPage) {

	/**
	 * The day 国办函〔2020〕109号 is believed to take effect (UNCONFIRMED: the article was not
	 * read; configurable as {@code gongkai.fees.schedules[0].valid-from}).
	 */
	public static final LocalDate NATIONAL_2021_FROM = LocalDate.of(2021, 1, 1);

	public FeeSchedule {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(validFrom, "validFrom");
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("Schedule " + name + " ends before it starts");
		}
		if (perApplication.basis() != FeeBasis.PER_APPLICATION || perPage.basis() != FeeBasis.PER_PAGE) {
			throw new IllegalArgumentException("Schedule " + name + " has its standards the wrong way round");
		}
	}

	/**
	 * The national schedule of 国办函〔2020〕109号, Articles 4 and 5: 按件, applications 1–10
	 * free, 11–30 at 100 元, from 31 in bands of 10 each 100 元 more (31–40 at 200, 41–50
	 * at 300, …); 按量, pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元.
	 */
	public static FeeSchedule national() {
		return new FeeSchedule("国办函〔2020〕109号", NATIONAL_2021_FROM, null,
				new FeeStandard(FeeBasis.PER_APPLICATION,
						List.of(FeeTier.flat(1, "0"), FeeTier.flat(11, "100"),
								FeeTier.escalating(31, "200", 10, "100"))),
				new FeeStandard(FeeBasis.PER_PAGE, List.of(FeeTier.flat(1, "0"), FeeTier.flat(31, "10"),
						FeeTier.flat(101, "20"), FeeTier.flat(201, "40"))));
	}

	/** The standard for {@code basis}. */
	public FeeStandard standard(FeeBasis basis) {
		return basis == FeeBasis.PER_APPLICATION ? perApplication : perPage;
	}

	/** Whether the schedule applies on {@code day}. */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}

}
