package org.gongkai.reports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of the module: the reminders of the annual report's deadline. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportRemindersProperties.class)
class ReportsConfiguration {

}
