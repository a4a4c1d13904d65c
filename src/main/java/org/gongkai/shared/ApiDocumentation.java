package org.gongkai.shared;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): every
 * operation needs a personal API token, created on the console page {@code /console/tokens} and sent as
 * {@code Authorization: Bearer gk_…}. Errors are {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Gongkai API", version = "v1",
		description = "政府信息公开平台 JSON API。请在工作台“API 令牌”页面创建个人令牌，以 Authorization: Bearer gk_… 方式发送。"
				+ "错误以 application/problem+json 返回。"),
		security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "gk_…", description = "个人 API 令牌（工作台 /console/tokens 创建，只显示一次）")
class ApiDocumentation {

	static final String BEARER = "bearer-token";

}
