/**
 * 督办: a supervising office's oversight of the agencies of its region, as the 监督保障 part of
 * the annual report describes. Per subordinate agency it shows the applications received,
 * closed on time, overdue and paused and the on-time rate of the year (read through
 * shared's contribution interface CaseFigures, which the applications module supplies);
 * it sends a 催办 to an agency, about one application or in general, which the agency
 * answers in its work queue and the office then reads. See docs/supervision.md.
 *
 * <p>
 * API for other modules: none. It depends on {@code agencies :: api} (who supervises
 * which agencies), {@code requests :: api} (the application a 催办 names) and
 * {@code shared}.
 */
@ApplicationModule(displayName = "Supervision (督办)",
		allowedDependencies = { "agencies :: api", "requests :: api", "shared" })
package org.gongkai.supervision;

import org.springframework.modulith.ApplicationModule;
