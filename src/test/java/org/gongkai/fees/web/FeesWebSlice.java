package org.gongkai.fees.web;

import java.time.Clock;
import java.util.List;

import org.gongkai.fees.FeeCalculator;
import org.gongkai.fees.FeeNoticeLetters;
import org.gongkai.fees.FeeSchedule;
import org.gongkai.fees.FeeSchedules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The module's public paths, its calculator (pure arithmetic, so the real one under the
 * national schedule) and the desk of fee notices (over the mocked {@code FeeNotices}),
 * for web slice tests outside this package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ FeesWebConfiguration.class, FeeCalculatorView.class, FeeNoticeDesk.class, FeeNoticeLetters.class })
public class FeesWebSlice {

	@Bean
	FeeCalculator feeCalculator(Clock clock) {
		return new FeeCalculator(new FeeSchedules(List.of(FeeSchedule.national())), clock, 10_000);
	}

}
