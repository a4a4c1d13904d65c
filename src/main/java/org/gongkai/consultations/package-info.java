/**
 * 公众咨询、投诉、建议: questions from the public received by the mailbox (信箱), the online form
 * (在线咨询), by phone or from the 12345 hotline; each answered within a working-day term set
 * per type, with due-soon and overdue lists, reminders and the supervising office's 督办
 * view, and published with its answer when the asker consented, personal data removed.
 * See docs/consultations.md.
 *
 * <p>
 * API for other modules, the named interfaces {@code consultations :: api} and
 * {@code consultations :: statistics}:
 * {@link org.gongkai.consultations.ConsultationStatistics} (the yearly counts per channel
 * and type for the annual report's narrative). Everything else is internal. It depends on
 * {@code agencies :: api}, {@code calendar :: api} (the working-day calendar) and
 * {@code shared}.
 */
@ApplicationModule(displayName = "Public questions (公众咨询投诉建议)",
		allowedDependencies = { "agencies :: api", "calendar :: api", "shared" })
package org.gongkai.consultations;

import org.springframework.modulith.ApplicationModule;
