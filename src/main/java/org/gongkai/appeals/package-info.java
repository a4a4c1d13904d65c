/**
 * 行政复议 and 行政诉讼 arising from 政府信息公开 (Article 51 of the Regulations): the cases an agency
 * is party to, linked to the application they concern or entered for an older one, their
 * results (维持 / 纠正 / 其他 / 尚未审结), the reopening of an application that a correcting result
 * sends back, and table 四 of the annual report.
 *
 * <p>
 * API for other modules, the named interfaces {@code appeals :: api} and
 * {@code appeals :: statistics}: both hold {@link org.gongkai.appeals.AppealStatistics}
 * (table 四, in the shape of the annual-report JSON's {@code reviewAndLitigation}) and the
 * types of its answers, which Spring Modulith adds to the interface
 * ({@link org.gongkai.appeals.ReviewAndLitigation},
 * {@link org.gongkai.appeals.AppealKind}, {@link org.gongkai.appeals.AppealResult},
 * {@link org.gongkai.appeals.Disposition}). No other module listens to this module's
 * events yet. It reaches the applications only through {@code requests :: api}, and the
 * working-day calendar of the 答复/答辩 terms through {@code calendar :: api}.
 */
@ApplicationModule(displayName = "Appeals (行政复议与行政诉讼)",
		allowedDependencies = { "requests :: api", "agencies :: api", "calendar :: api", "shared" })
package org.gongkai.appeals;

import org.springframework.modulith.ApplicationModule;
