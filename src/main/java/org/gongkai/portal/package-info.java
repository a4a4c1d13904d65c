/**
 * The public site: the agencies of the region and, for each, the standard 政府信息公开 column (guide, rules, statutory
 * proactive content, annual reports, applications). It owns no tables and calls the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.gongkai.portal;
