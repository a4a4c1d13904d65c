package org.gongkai.reports.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public surface of the published annual reports: the portal's 年报 pages and the
 * open-data API.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportsWebConfiguration {

	@Bean
	PublicEndpoints annualReportsPublicEndpoints() {
		return PublicEndpoints.of("reports-annual", "/annual-reports", "/annual-reports/**", "/api/v1/annual-reports",
				"/api/v1/annual-reports/**");
	}

}
