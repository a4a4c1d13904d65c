/**
 * 信息处理费 (the information-processing fee of Article 42 of the Regulations and
 * 国办函〔2020〕109号): the schedule in force (按件 per application and 按量 per page, both
 * progressive), the per-applicant monthly count of applications across every agency of
 * the installation, the fee notice (收费通知书) with its service, payment term and payment,
 * and the totals collected for section 六 of the annual report. See docs/fees.md.
 *
 * <p>
 * API for other modules, the named interface {@code fees :: api}:
 * {@link org.gongkai.fees.FeeNotices} (issue, serve, pay, {@code overdueUnpaid}),
 * {@link org.gongkai.fees.FeeNoticeLetters} (issue with its 收费通知书 in one step),
 * {@link org.gongkai.fees.ApplicationCounts} (the applications counted per applicant and
 * month), {@link org.gongkai.fees.FeeCalculator} (quotes) and the types of their answers;
 * {@code fees :: statistics}: {@link org.gongkai.fees.FeeStatistics}. It depends on
 * {@code shared}, on {@code calendar :: api} for the working-day payment term and on
 * {@code letters :: api} for the letter of a notice; its console and API for fee notices
 * ({@code fees.web}) also on {@code agencies :: api} for who may read and record them.
 */
@ApplicationModule(displayName = "Fees (信息处理费)",
		allowedDependencies = { "agencies :: api", "calendar :: api", "letters :: api", "shared" })
package org.gongkai.fees;

import org.springframework.modulith.ApplicationModule;
