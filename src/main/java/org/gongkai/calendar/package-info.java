/**
 * The working-day calendar (official holidays and 调休 make-up working days) and the statutory clock: every period of
 * the Regulations counts working days, and this module is the only place that counts them. Its API:
 * {@link org.gongkai.calendar.WorkingCalendar} (working-day arithmetic), {@link org.gongkai.calendar.DeadlineRules}
 * (an application's deadlines derived from {@link org.gongkai.calendar.DeadlineFacts}) and
 * {@link org.gongkai.calendar.ReceiptDates} (Article 31's receipt dates by channel). See docs/calendar.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar", allowedDependencies = { "shared" })
package org.gongkai.calendar;
