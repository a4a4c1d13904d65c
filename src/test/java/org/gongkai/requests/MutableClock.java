package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.gongkai.shared.Zones;

/** A clock the integration tests set to any Beijing day, so that deadlines can be watched as days pass. */
class MutableClock extends Clock {

	private volatile Instant instant;

	MutableClock(Instant instant) {
		this.instant = instant;
	}

	/** Moves to 10:00 Beijing time on {@code day}. */
	void setDay(LocalDate day) {
		this.instant = day.atTime(LocalTime.of(10, 0)).atZone(Zones.BEIJING).toInstant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(instant, Zones.BEIJING);
	}

	@Override
	public ZoneId getZone() {
		return Zones.BEIJING;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant, zone);
	}

	@Override
	public Instant instant() {
		return instant;
	}

}
