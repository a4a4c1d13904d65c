package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee totals of section 六: per agency and year, by day of payment, unpaid notices not
 * collected.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FeeStatisticsIntegrationTests {

	@Autowired
	FeeNotices notices;

	@Autowired
	FeeStatistics statistics;

	@Autowired
	Agencies agencies;

	@Autowired
	Clock clock;

	long agency(String name) {
		return Fixtures.agencyId(agencies, name);
	}

	void paid(long requestId, long agencyId, int pages, LocalDate issuedOn, LocalDate paidOn) {
		((MutableClock) clock).setDay(issuedOn);
		FeeNotice notice = notices.issue(
				new FeeNotices.NewFeeNotice(requestId, agencyId, FeeBasis.PER_PAGE, pages, null), CaseState.OPEN,
				"handler");
		if (paidOn != null) {
			((MutableClock) clock).setDay(paidOn);
			notices.recordPayment(notice.id(), null,
					new FeeNotice.Payment(notice.amountYuan(), paidOn, "R" + requestId), "handler");
		}
	}

	@Test
	void theTotalsOfAYearCountPaymentsByTheirDayAndAgency() {
		long commerce = agency("卧龙区商务局");
		long education = agency("卧龙区教育局");
		int year = 2031;
		paid(800_001, commerce, 250, LocalDate.of(year, 3, 2), LocalDate.of(year, 3, 10));
		paid(800_002, commerce, 31, LocalDate.of(year, 12, 28), LocalDate.of(year + 1, 1, 4));
		paid(800_003, commerce, 40, LocalDate.of(year - 1, 12, 30), LocalDate.of(year, 1, 2));
		paid(800_004, commerce, 100, LocalDate.of(year, 6, 1), null);
		paid(800_005, education, 100, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 2));

		FeeTotals totals = statistics.forYear(commerce, year);

		assertThat(totals.noticesIssued()).isEqualTo(3);
		assertThat(totals.noticesPaid()).isEqualTo(2);
		assertThat(totals.collectedYuan()).isEqualTo(new BigDecimal("4800.00"));
		assertThat(statistics.forYear(education, year).collectedYuan()).isEqualByComparingTo("700");
		assertThat(statistics.forYear(commerce, year + 1).collectedYuan()).isEqualByComparingTo("10");
		assertThat(statistics.forYear(commerce, 2040))
			.isEqualTo(new FeeTotals(commerce, 2040, 0, 0, new BigDecimal("0.00")));
	}

}
