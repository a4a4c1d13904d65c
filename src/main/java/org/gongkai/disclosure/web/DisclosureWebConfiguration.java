package org.gongkai.disclosure.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths of this module that need no sign-in: the public list of published entries.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureWebConfiguration {

	@Bean
	PublicEndpoints disclosurePublicEndpoints() {
		return PublicEndpoints.of("disclosure", "/api/v1/public/disclosure", "/api/v1/public/disclosure/**");
	}

}
