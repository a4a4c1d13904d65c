package org.gongkai.shared.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server (Spring Boot's error page included): a signed-in staff member's
 * 403 and 404 pages keep the console's header and navigation, a visitor's keep the
 * portal's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageLayoutServerIntegrationTests {

	private static final String CONSOLE_HEADER = "class=\"site-header console\"";

	@LocalServerPort
	int port;

	HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpClient signedIn(String user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(client, "/login").body());
		assertThat(token.find()).isTrue();
		String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + user
				+ "&password=demo1234";
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/console"));
		return client;
	}

	@Test
	void aSignedInForbiddenPageKeepsTheConsoleLayout() throws Exception {
		// the audit trail is for administrators only
		HttpResponse<String> page = get(signedIn("handler"), "/console/audit");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains(CONSOLE_HEADER)
			.contains("您无权访问该页面")
			.contains("返回工作台")
			.contains("/console/requests")
			.doesNotContain("工作人员登录");
	}

	@Test
	void aSignedInNotFoundPageKeepsTheConsoleLayout() throws Exception {
		HttpClient handler = signedIn("handler");
		HttpResponse<String> unserved = get(handler, "/console/no-such-page");
		assertThat(unserved.statusCode()).isEqualTo(404);
		assertThat(unserved.body()).contains(CONSOLE_HEADER).contains("返回工作台").doesNotContain("工作人员登录");
		HttpResponse<String> unknownCase = get(handler, "/console/requests/987654321");
		assertThat(unknownCase.statusCode()).isEqualTo(404);
		assertThat(unknownCase.body()).contains(CONSOLE_HEADER).contains("返回工作台").doesNotContain("工作人员登录");
	}

	@Test
	void springsOwnRefusalsOfAPageAreErrorPagesInItsLayout() throws Exception {
		HttpClient handler = signedIn("handler");
		HttpResponse<String> notANumber = get(handler, "/console/requests/intake");
		assertThat(notANumber.statusCode()).as("an address whose number is not one names no record").isEqualTo(404);
		assertThat(notANumber.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(notANumber.body()).contains(CONSOLE_HEADER).contains("页面不存在").contains("返回工作台");

		HttpResponse<String> badYear = get(handler, "/console/requests/statistics?year=abc");
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(badYear.body()).contains(CONSOLE_HEADER).contains("参数“year”的值无效");

		HttpResponse<String> formAction = get(handler, "/console/requests/1/confirm");
		assertThat(formAction.statusCode()).isEqualTo(405);
		assertThat(formAction.body()).contains(CONSOLE_HEADER).contains("该地址用于提交表单");

		HttpResponse<String> visitor = get(HttpClient.newHttpClient(), "/entries/xyz");
		assertThat(visitor.statusCode()).isEqualTo(404);
		assertThat(visitor.body()).contains("class=\"site-header\"").contains("返回首页").doesNotContain("\"detail\"");
	}

	@Test
	void theApiKeepsItsProblemDetailsForTheSameRefusals() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> badNumber = client.send(
				HttpRequest.newBuilder(uri("/api/v1/calendar/deadline?from=2026-01-05&workingDays=many")).build(),
				BodyHandlers.ofString());
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> wrongMethod = client.send(
				HttpRequest.newBuilder(uri("/api/v1/calendar/deadline")).header("Accept", "text/html").DELETE().build(),
				BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(wrongMethod.body()).contains("\"status\":405");
	}

	@Test
	void aVisitorsNotFoundPageKeepsThePortalLayout() throws Exception {
		HttpResponse<String> page = get(HttpClient.newHttpClient(), "/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("class=\"site-header\"")
			.contains("工作人员登录")
			.contains("返回首页")
			.doesNotContain(CONSOLE_HEADER);
	}

}
