/**
 * 主动公开: proactive disclosure under Articles 19–26 of the Regulations. The catalogue of an
 * agency's published information (公开目录, Article 12) with its 索引号, the review before
 * publishing (分级审核、先审后发, Article 17) on a per-agency chain of levels, scheduled
 * publication, withdrawal and the versions of an entry changed after publication, the
 * timeliness clock of Article 26, the registry of 规章 and 行政规范性文件, and the yearly figures
 * of table 二 with the publication channels. See docs/disclosure.md.
 *
 * <p>
 * API for other modules, the named interfaces {@code disclosure :: api} and
 * {@code disclosure :: statistics}: {@link org.gongkai.disclosure.DisclosureStatistics}
 * (table 二 in the shape of the annual-report JSON's {@code activeDisclosure}, and the
 * channel counts) with the types of its answers. Everything else is internal. It depends
 * on {@code agencies :: api}, {@code calendar :: api} (the working-day clock) and
 * {@code shared}.
 */
@ApplicationModule(displayName = "Proactive disclosure (主动公开)",
		allowedDependencies = { "agencies :: api", "calendar :: api", "shared" })
package org.gongkai.disclosure;

import org.springframework.modulith.ApplicationModule;
