package org.gongkai.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.agencies.Agencies;
import org.gongkai.shared.Zones;

/**
 * Calculators, clocks and applications in the situations the fee tests need; no Spring.
 */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private Fixtures() {
	}

	/**
	 * The identifier of the demo agency {@code name} (the agencies module's fixture;
	 * named in full because this class has the same simple name).
	 */
	static long agencyId(Agencies agencies, String name) {
		return org.gongkai.agencies.Fixtures.agency(agencies, name).getId();
	}

	/** A clock fixed at 10:00 Beijing time on {@code day}. */
	static Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(10, 0).atZone(Zones.BEIJING).toInstant(), Zones.BEIJING);
	}

	/** The national schedule only, on {@link #TODAY}. */
	static FeeCalculator nationalCalculator() {
		return calculator(new FeeSchedules(List.of(FeeSchedule.national())), TODAY);
	}

	static FeeCalculator calculator(FeeSchedules schedules, LocalDate today) {
		return new FeeCalculator(schedules, clockOn(today), 10_000);
	}

	/**
	 * The application {@code requestId} of the person with identity number {@code id}.
	 */
	static CountedApplication application(long requestId, String id, long agencyId, LocalDate receivedOn) {
		return new CountedApplication(requestId, ApplicantKey.of(id), agencyId, receivedOn);
	}

}
