package org.gongkai.agencies.web;

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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same through a real server (Tomcat's error page included), as a browser or script
 * meets it: a signed-in console form with a forged token answers 403.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForgedCsrfTokenServerIntegrationTests {

	@LocalServerPort
	int port;

	HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	String token(String path) throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(send(HttpRequest.newBuilder(uri(path))).body());
		assertThat(token.find()).as(path).isTrue();
		return token.group(1);
	}

	HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body));
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "%%%not-base64%%%", "AAAA", "____", "=", "ü漢字", "QUJD=x" })
	void aForgedTokenOnASignedInConsoleFormIsForbidden(String forged) throws Exception {
		String signIn = token("/login");
		assertThat(
				send(form("/login", "_csrf=" + encoded(signIn) + "&username=handler&password=demo1234")).statusCode())
			.isEqualTo(302);
		String real = token("/console/tokens");
		assertThat(send(form("/console/tokens", "_csrf=" + encoded(forged) + "&name=x")).statusCode()).isEqualTo(403);
		assertThat(send(form("/console/tokens", "_csrf=" + encoded(real.substring(1)) + "&name=x")).statusCode())
			.isEqualTo(403);
		assertThat(send(form("/console/tokens", "_csrf=" + encoded(real + "AB") + "&name=x")).statusCode())
			.isEqualTo(403);
		assertThat(send(form("/logout", "_csrf=" + encoded(forged))).statusCode()).isEqualTo(403);
	}

}
