package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import org.gongkai.shared.Zones;

/**
 * One load of a year's notice by an administrator, as the console lists it.
 *
 * @param id the load's identifier
 * @param year the notice year
 * @param source upload or form
 * @param fileName the uploaded file's name, or {@code null}
 * @param loadedBy who loaded it
 * @param loadedAt when
 * @param withdrawnBy who withdrew it (the year falls back to the shipped notice), or
 * {@code null}
 * @param withdrawnAt when, or {@code null}
 * @param offDays days declared off
 * @param makeUpDays make-up working days declared
 */
public record NoticeLoad(long id, int year, NoticeSource source, String fileName, String loadedBy, Instant loadedAt,
		String withdrawnBy, Instant withdrawnAt, int offDays, int makeUpDays) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** When it was loaded, in Beijing time. */
	public LocalDateTime loadedAtBeijing() {
		return LocalDateTime.ofInstant(loadedAt, Zones.BEIJING);
	}

	/** When it was withdrawn, in Beijing time, or {@code null}. */
	public LocalDateTime withdrawnAtBeijing() {
		return withdrawnAt == null ? null : LocalDateTime.ofInstant(withdrawnAt, Zones.BEIJING);
	}

}
