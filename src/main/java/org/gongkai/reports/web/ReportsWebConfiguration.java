package org.gongkai.reports.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports module's public surface: the report checker for researchers. */
@Configuration(proxyBeanMethods = false)
class ReportsWebConfiguration {

	@Bean
	PublicEndpoints reportsPublicEndpoints() {
		return PublicEndpoints.of("reports", "/reports/check", "/reports/check/export");
	}

}
