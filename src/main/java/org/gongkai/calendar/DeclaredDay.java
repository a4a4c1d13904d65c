package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * A day that a State Council notice declares: a holiday off ({@code offDay}) or a make-up
 * working day (调休上班); or, for a year whose notice is not loaded, a statutory holiday
 * predicted from the 全国年节及纪念日放假办法 ({@code predicted}, always a day off).
 *
 * @param date the day
 * @param name the holiday it belongs to, such as 春节
 * @param offDay {@code true} for a day off, {@code false} for a make-up working day on a
 * weekend
 * @param predicted {@code true} for a provisional day predicted by
 * {@link StatutoryHolidays}, {@code false} for a day of a notice
 */
public record DeclaredDay(LocalDate date, String name, boolean offDay, boolean predicted) {

	/** A day declared by a notice. */
	public DeclaredDay(LocalDate date, String name, boolean offDay) {
		this(date, name, offDay, false);
	}

}
