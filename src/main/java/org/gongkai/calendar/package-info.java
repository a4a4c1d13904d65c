/**
 * The working-day calendar (official holidays and 调休 make-up working days) and the statutory clock: every period of
 * the Regulations counts working days, and this module is the only place that counts them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.gongkai.calendar;
