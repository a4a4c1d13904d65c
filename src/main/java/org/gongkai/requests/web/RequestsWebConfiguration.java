package org.gongkai.requests.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths of this module that need no sign-in (the online form, the applicant's
 * tracking page and their API), and the API's bearer-token scheme as OpenAPI describes
 * it.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "gk_…",
		description = "个人 API 令牌（工作台“API 令牌”页面创建）")
class RequestsWebConfiguration {

	@Bean
	PublicEndpoints requestsPublicEndpoints() {
		return PublicEndpoints.of("requests", "/apply", "/apply/**", "/track", "/track/**", "/api/v1/public/requests",
				"/api/v1/public/requests/**");
	}

}
