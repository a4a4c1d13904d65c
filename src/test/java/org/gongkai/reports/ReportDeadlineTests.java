package org.gongkai.reports;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The deadline of an annual report per region: the day configured for the agency or the
 * nearest region above it, else the default, else 31 January.
 */
class ReportDeadlineTests {

	private final Agencies agencies = mock(Agencies.class);

	private final MockEnvironment environment = new MockEnvironment();

	private final ReportSupervision supervision = new ReportSupervision(null, null, this.agencies, null,
			this.environment);

	ReportDeadlineTests() {
		// city 1 > district 2 > agency 3
		agency(1, null);
		agency(2, 1L);
		agency(3, 2L);
	}

	@Test
	void theDefaultIsThe31stOfJanuaryOfTheYearAfter() {
		assertThat(this.supervision.deadline(3, 2024)).isEqualTo(LocalDate.of(2025, 1, 31));
		this.environment.setProperty("gongkai.reports.deadline", "01-25");
		assertThat(this.supervision.deadline(3, 2024)).isEqualTo(LocalDate.of(2025, 1, 25));
	}

	@Test
	void anAgencyFollowsTheNearestRegionWithADayOfItsOwn() {
		this.environment.setProperty("gongkai.reports.deadline", "01-31");
		this.environment.setProperty("gongkai.reports.deadline.1", "01-28");
		assertThat(this.supervision.deadline(3, 2024)).isEqualTo(LocalDate.of(2025, 1, 28));
		assertThat(this.supervision.deadline(2, 2024)).isEqualTo(LocalDate.of(2025, 1, 28));
		this.environment.setProperty("gongkai.reports.deadline.2", "01-26");
		assertThat(this.supervision.deadline(3, 2024)).isEqualTo(LocalDate.of(2025, 1, 26));
		assertThat(this.supervision.deadline(1, 2024)).isEqualTo(LocalDate.of(2025, 1, 28));
	}

	private void agency(long id, Long parent) {
		Agency agency = mock(Agency.class);
		when(agency.getId()).thenReturn(id);
		when(agency.getParentId()).thenReturn(parent);
		when(this.agencies.findById(id)).thenReturn(Optional.of(agency));
	}

}
