package org.gongkai.agencies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The portal's cached directory: fresh for ten seconds, dropped at once on a local
 * change.
 */
class AgencyDirectoryTests {

	static final Instant NINE = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void readsOncePerTenSecondsAndAgainRightAfterAChange() {
		Agencies agencies = mock(Agencies.class);
		AtomicInteger reads = new AtomicInteger();
		List<Agency> rows = new ArrayList<>(List.of(new Agency(null, AgencyKind.REGION, "南阳市卧龙区", null),
				new Agency(1L, AgencyKind.AGENCY, "卧龙区商务局", null)));
		when(agencies.findAll()).thenAnswer(invocation -> {
			reads.incrementAndGet();
			return List.copyOf(rows);
		});
		AtomicReference<Instant> now = new AtomicReference<>(NINE);
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		AgencyDirectory directory = new AgencyDirectory(agencies, clock);

		assertThat(directory.disclosing()).extracting(AgencyDirectory.Entry::name).containsExactly("卧龙区商务局");
		assertThat(directory.regions()).extracting(AgencyDirectory.Entry::name).containsExactly("南阳市卧龙区");
		now.set(NINE.plus(Duration.ofSeconds(9)));
		directory.entries();
		assertThat(reads).hasValue(1);

		rows.add(new Agency(1L, AgencyKind.AGENCY, "卧龙区教育局", null));
		now.set(NINE.plus(AgencyDirectory.FRESH_FOR));
		assertThat(directory.disclosing()).hasSize(2);
		assertThat(reads).hasValue(2);

		rows.add(new Agency(1L, AgencyKind.AGENCY, "卧龙区财政局", null));
		directory.agencyChanged();
		assertThat(directory.disclosing()).hasSize(3);
		assertThat(reads).hasValue(3);
	}

	@Test
	void aListReadWhileAnAgencyChangesIsNotKept() {
		Agencies agencies = mock(Agencies.class);
		AtomicInteger reads = new AtomicInteger();
		AtomicReference<AgencyDirectory> self = new AtomicReference<>();
		List<Agency> before = List.of(new Agency(1L, AgencyKind.AGENCY, "卧龙区商务局", null));
		List<Agency> after = List.of(new Agency(1L, AgencyKind.AGENCY, "卧龙区商务局", null),
				new Agency(1L, AgencyKind.AGENCY, "卧龙区卫生健康委员会", null));
		// The first read returns the old list and, meanwhile, the change commits.
		when(agencies.findAll()).thenAnswer(invocation -> {
			if (reads.incrementAndGet() == 1) {
				self.get().agencyChangeCompleted();
				return before;
			}
			return after;
		});
		AgencyDirectory directory = new AgencyDirectory(agencies, Clock.fixed(NINE, ZoneOffset.UTC));
		self.set(directory);

		assertThat(directory.disclosing()).extracting(AgencyDirectory.Entry::name).containsExactly("卧龙区商务局");
		assertThat(directory.disclosing()).extracting(AgencyDirectory.Entry::name)
			.containsExactly("卧龙区卫生健康委员会", "卧龙区商务局");
		assertThat(reads).hasValue(2);
	}

}
