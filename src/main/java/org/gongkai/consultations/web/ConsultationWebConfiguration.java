package org.gongkai.consultations.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths of this module that need no sign-in: the public forms, following a question
 * with its query code, and the published questions.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationWebConfiguration {

	@Bean
	PublicEndpoints consultationsPublicEndpoints() {
		return PublicEndpoints.of("consultations", "/questions", "/questions/**");
	}

}
