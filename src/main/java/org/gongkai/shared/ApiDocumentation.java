package org.gongkai.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): every operation outside the public endpoints needs a
 * personal API token, created on the console page {@code /console/tokens} and sent as
 * {@code Authorization: Bearer gk_…}. Every error response is documented here, in one
 * place, as {@code application/problem+json} with the {@value #PROBLEM} schema: 400 for
 * every operation, 401 and 403 where a token is needed, 404 for a record by id, 409 for
 * changes, 428 where {@link IfMatch} is required, 413 and 415 for file uploads.
 * (Springdoc's own guess from the exception handlers is switched off with
 * {@code springdoc.override-with-generic-response=false}: it documented the page
 * handlers' {@code ModelAndView}.)
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Gongkai API", version = "v1",
				description = "政府信息公开平台 JSON API。请在工作台“API 令牌”页面创建个人令牌，以 Authorization: Bearer gk_… 方式发送。"
						+ "错误以 application/problem+json 返回，code 指明所违反的规则。"),
		security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "gk_…", description = "个人 API 令牌（工作台 /console/tokens 创建，只显示一次）")
class ApiDocumentation {

	static final String BEARER = "bearer-token";

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = "application/problem+json";

	static {
		// The version comes from the If-Match header, documented below, not from a query
		// parameter.
		SpringDocUtils.getConfig().addAnnotationsToIgnore(IfMatch.class);
	}

	/**
	 * Documents an {@link IfMatch} parameter as the {@code If-Match} header it is read
	 * from.
	 */
	@Bean
	OperationCustomizer ifMatchHeader() {
		return (operation, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				IfMatch ifMatch = parameter.getParameterAnnotation(IfMatch.class);
				if (ifMatch != null) {
					operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH)
						.required(ifMatch.required())
						.description(ifMatch.required() ? "必填：读取时的 ETag（版本号），例如 \"3\"；版本已过时返回 409"
								: "可选：读取时的 ETag（版本号），例如 \"3\"；版本已过时返回 409，不带或为 * 则不检查")
						.schema(new StringSchema()));
				}
			}
			return operation;
		};
	}

	/** Adds the error responses every operation may give, all as problem details. */
	@Bean
	OpenApiCustomizer problemResponses(List<PublicEndpoints> publicEndpoints) {
		List<String> open = publicEndpoints.stream()
			.flatMap(endpoints -> endpoints.patterns().stream())
			.filter(pattern -> pattern.startsWith("/api/"))
			.toList();
		PathMatcher matcher = new AntPathMatcher();
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				boolean isPublic = open.stream().anyMatch(pattern -> matcher.match(pattern, path));
				item.readOperationsMap().forEach((method, operation) -> {
					if (isPublic) {
						operation.setSecurity(new ArrayList<>());
					}
					document(operation, path, method, isPublic);
				});
			});
		};
	}

	private static void document(Operation operation, String path, PathItem.HttpMethod method, boolean isPublic) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "请求参数、请求体或字段有误（fields 列出各字段的问题）");
		if (!isPublic) {
			errors.put("401", "未认证：缺少或无效的 API 令牌");
			errors.put("403", "当前令牌的角色不允许此操作");
		}
		if (path.contains("{")) {
			errors.put("404", "记录不存在或不在可访问的机关范围内");
		}
		boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		if (change && !isPublic) {
			errors.put("409", "不符合办理规则（code 指明规则），或 If-Match 的版本已过时（stale-version）");
		}
		if (operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(parameter -> HttpHeaders.IF_MATCH.equals(parameter.getName())
					&& Boolean.TRUE.equals(parameter.getRequired()))) {
			errors.put("428", "缺少 If-Match 版本号（if-match.required）");
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			errors.put("413", "文件超过大小限制（upload.too-large）");
			errors.put("415", "文件不是 PDF、PNG 或 JPEG（按内容识别，upload.type）");
		}
		errors.forEach((status, description) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
			}
		});
		operation.getResponses().forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 问题详情")
			.addProperty("type", new StringSchema().description("问题类型 URI"))
			.addProperty("title", new StringSchema().description("简短标题"))
			.addProperty("status", new IntegerSchema().description("HTTP 状态码"))
			.addProperty("detail", new StringSchema().description("中文说明"))
			.addProperty("instance", new StringSchema().description("出错的请求路径"))
			.addProperty("code", new StringSchema().description("所违反规则的稳定代码，例如 stale-version、upload.type"))
			.addProperty("fields",
					new ObjectSchema().additionalProperties(new StringSchema()).description("字段名 → 中文说明"))
			.addProperty("codes", new ArraySchema().items(new StringSchema()).description("各字段问题的规则代码"));
	}

}
