/**
 * The public site: the agencies of the region and, for each, the standard 政府信息公开 column
 * (guide, rules, statutory proactive content, annual reports, applications). It owns no
 * tables and calls the other modules' APIs: today only {@code agencies :: api}. Nothing
 * depends on it.
 */
@ApplicationModule(displayName = "Public portal", allowedDependencies = { "agencies :: api", "shared" })
package org.gongkai.portal;

import org.springframework.modulith.ApplicationModule;
