package org.gongkai.reports.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The module's public paths, for web slice tests outside this package. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ReportsWebConfiguration.class)
public class ReportsWebSlice {

}
