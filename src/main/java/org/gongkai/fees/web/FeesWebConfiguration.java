package org.gongkai.fees.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fees module's public surface: the calculator page and the quote API. */
@Configuration(proxyBeanMethods = false)
class FeesWebConfiguration {

	@Bean
	PublicEndpoints feesPublicEndpoints() {
		return PublicEndpoints.of("fees", "/fees", "/api/v1/fees/quote");
	}

}
