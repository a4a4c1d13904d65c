package org.gongkai.requests.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The paths of this module that need no sign-in: the online form, the applicant's tracking page and their API. */
@Configuration(proxyBeanMethods = false)
class RequestsWebConfiguration {

	@Bean
	PublicEndpoints requestsPublicEndpoints() {
		return PublicEndpoints.of("requests", "/apply", "/apply/**", "/track", "/track/**", "/api/v1/public/requests",
				"/api/v1/public/requests/**");
	}

}
