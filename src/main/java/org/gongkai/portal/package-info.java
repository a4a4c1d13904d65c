/**
 * The public site: the agencies of the region and, for each, the standard 政府信息公开 column
 * (guide, rules, statutory proactive content, annual reports, applications), the entry
 * pages, the full-text search (sub-package search), feeds and the sitemap. It owns no
 * tables but the search change log, and calls the other modules' APIs:
 * {@code agencies :: api} and {@code disclosure :: api}. Nothing depends on it. See
 * docs/portal.md.
 */
@ApplicationModule(displayName = "Public portal",
		allowedDependencies = { "agencies :: api", "disclosure :: api", "shared" })
package org.gongkai.portal;

import org.springframework.modulith.ApplicationModule;
