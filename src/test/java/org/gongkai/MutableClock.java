package org.gongkai;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.gongkai.shared.Zones;

/**
 * The clock of every full-boot test context: it follows the system clock until a test
 * sets a Beijing day, so that deadlines can be watched as days pass, and follows it again
 * after {@link #followSystem()}. One context serves the tests that move time and those
 * that do not (see {@link FullBootContextCustomizerFactory}).
 */
public class MutableClock extends Clock {

	private volatile Instant instant;

	/** Moves to 10:00 Beijing time on {@code day} and stays there. */
	public void setDay(LocalDate day) {
		this.instant = day.atTime(LocalTime.of(10, 0)).atZone(Zones.BEIJING).toInstant();
	}

	/** Stops at {@code instant}. */
	public void setInstant(Instant instant) {
		this.instant = instant;
	}

	/** Follows the system clock again. */
	public void followSystem() {
		this.instant = null;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(instant(), Zones.BEIJING);
	}

	@Override
	public ZoneId getZone() {
		return Zones.BEIJING;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant fixed = instant;
		return fixed != null ? fixed : Instant.now();
	}

}
