package org.gongkai.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document as served: valid by a standard validator, every error response a
 * problem detail, every summary in Chinese, and the shared mechanisms (If-Match, uploads)
 * documented where they apply.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OpenApiDocumentIntegrationTests {

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	@Autowired
	MockMvc mvc;

	String json;

	OpenAPI api;

	@BeforeEach
	void fetch() throws Exception {
		json = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
		assertThat(result.getMessages()).as("validator messages").isEmpty();
		api = result.getOpenAPI();
	}

	List<Map.Entry<String, Operation>> operations() {
		List<Map.Entry<String, Operation>> operations = new ArrayList<>();
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> operations.add(Map.entry(method + " " + path, operation))));
		return operations;
	}

	@Test
	void theDocumentIsValidAndCoversEveryModule() {
		assertThat(api.getPaths().keySet()).anyMatch(path -> path.startsWith("/api/v1/requests"))
			.anyMatch(path -> path.startsWith("/api/v1/public/requests"))
			.anyMatch(path -> path.startsWith("/api/v1/appeals"))
			.anyMatch(path -> path.startsWith("/api/v1/agencies"))
			.anyMatch(path -> path.startsWith("/api/v1/audit"))
			.anyMatch(path -> path.startsWith("/api/v1/calendar"));
		assertThat(json).doesNotContain("ModelAndView");
	}

	@Test
	void everyErrorResponseIsAProblemDetail() {
		assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
		for (var entry : operations()) {
			assertThat(entry.getValue().getResponses()).as(entry.getKey()).containsKey("400");
			entry.getValue().getResponses().forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(response.getContent()).as(entry.getKey() + " " + status)
						.containsOnlyKeys("application/problem+json");
					assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
						.as(entry.getKey() + " " + status)
						.endsWith("/ProblemDetail");
				}
			});
		}
	}

	@Test
	void everySummaryIsInChinese() {
		for (var entry : operations()) {
			assertThat(entry.getValue().getSummary()).as(entry.getKey()).isNotBlank().containsPattern(CHINESE);
		}
		api.getTags().forEach(tag -> assertThat(tag.getName()).as("tag").containsPattern(CHINESE));
	}

	@Test
	void ifMatchUploadsAndTokensAreDocumentedWhereTheyApply() {
		Operation update = api.getPaths().get("/api/v1/agencies/{id}").getPut();
		assertThat(update.getParameters()).anySatisfy(parameter -> {
			assertThat(parameter.getIn()).isEqualTo("header");
			assertThat(parameter.getName()).isEqualTo("If-Match");
			assertThat(parameter.getRequired()).isTrue();
		});
		for (var entry : operations()) {
			if (entry.getValue().getParameters() != null) {
				assertThat(entry.getValue().getParameters()).as(entry.getKey())
					.noneMatch(parameter -> List.of("version", "staff", "caller").contains(parameter.getName()));
			}
		}
		assertThat(update.getResponses()).containsKeys("401", "403", "404", "409", "428");

		Operation archive = api.getPaths().get("/api/v1/requests/{id}/archive").getPost();
		assertThat(archive.getParameters()).anyMatch(
				parameter -> "If-Match".equals(parameter.getName()) && !Boolean.TRUE.equals(parameter.getRequired()));
		assertThat(archive.getResponses()).containsKey("409").doesNotContainKey("428");

		Operation upload = api.getPaths().get("/api/v1/appeals/{id}/documents").getPost();
		assertThat(upload.getResponses()).containsKeys("413", "415");

		PathItem deadline = api.getPaths().get("/api/v1/calendar/deadline");
		assertThat(deadline.getGet().getSecurity()).isEmpty();
		assertThat(deadline.getGet().getResponses()).doesNotContainKey("401");
		ApiResponse tooMany = api.getPaths().get("/api/v1/public/requests/track").getPost().getResponses().get("429");
		assertThat(tooMany).isNotNull();
	}

}
