/**
 * The working-day calendar (official holidays and 调休 make-up working days) and the
 * statutory clock: every period of the Regulations counts working days, and this module
 * is the only place that counts them. See docs/calendar.md.
 *
 * <p>
 * API for other modules, the named interface {@code calendar :: api}:
 * {@link org.gongkai.calendar.WorkingCalendar} (working-day arithmetic),
 * {@link org.gongkai.calendar.DeadlineRules} (an application's deadlines,
 * {@link org.gongkai.calendar.DerivedDeadlines}, derived from
 * {@link org.gongkai.calendar.DeadlineFacts} and {@link org.gongkai.calendar.Pause}s),
 * {@link org.gongkai.calendar.ReceiptDates} (Article 31's receipt dates by
 * {@link org.gongkai.calendar.Channel}), {@link org.gongkai.calendar.StatutoryTerms} (the
 * statutory numbers) and the events {@link org.gongkai.calendar.CalendarYearLoaded} and
 * {@link org.gongkai.calendar.CalendarYearWithdrawn}. It depends on {@code shared} only.
 */
@ApplicationModule(displayName = "Working-day calendar", allowedDependencies = { "shared" })
package org.gongkai.calendar;

import org.springframework.modulith.ApplicationModule;
