package org.gongkai.reports.web;

import org.gongkai.shared.ChineseFonts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The module's public paths and the PDF font, for web slice tests outside this package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ReportsWebConfiguration.class, ChineseFonts.class })
public class ReportsWebSlice {

}
