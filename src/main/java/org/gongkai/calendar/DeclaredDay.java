package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * A day that a State Council notice declares: a holiday off ({@code offDay}) or a make-up
 * working day (调休上班).
 *
 * @param date the day
 * @param name the holiday it belongs to, such as 春节
 * @param offDay {@code true} for a day off, {@code false} for a make-up working day on a
 * weekend
 */
public record DeclaredDay(LocalDate date, String name, boolean offDay) {
}
