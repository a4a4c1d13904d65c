package org.gongkai.shared.web;

import java.net.CookieManager;
import java.net.HttpCookie;
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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server (Spring Boot's error page included): in English, the 404 pages of
 * a visitor and of a signed-in staff member are English, declare {@code lang="en"} and
 * show no Chinese but the language switch (issue 17 item 12).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnglishErrorPagesServerIntegrationTests {

	static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

	@LocalServerPort
	int port;

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
	}

	HttpClient english() {
		CookieManager cookies = new CookieManager();
		HttpCookie language = new HttpCookie("gongkai-lang", "en");
		language.setPath("/");
		language.setVersion(0);
		cookies.getCookieStore().add(uri("/"), language);
		return HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	HttpClient signedIn(String user) throws Exception {
		HttpClient client = english();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(client, "/login").body());
		assertThat(token.find()).isTrue();
		String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + user
				+ "&password=demo1234";
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		return client;
	}

	void assertEnglish404(HttpResponse<String> response, String back) {
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("main").text()).contains("Not found").contains(back);
		page.select("[lang^=zh]").remove();
		assertThat(CJK.matcher(page.text()).find()).as(page.text()).isFalse();
	}

	@Test
	void aVisitorsUnknownAddressAnswersAnEnglish404Page() throws Exception {
		assertEnglish404(get(english(), "/no-such-page"), "Back to the home page");
	}

	@Test
	void aStaffMembersUnknownAddressAndUnknownCaseAnswerAnEnglish404Page() throws Exception {
		HttpClient handler = signedIn("handler");
		assertEnglish404(get(handler, "/console/no-such-page"), "Back to the console");
		// the record's message (机关 … 不存在或无权访问) is Chinese: the English page shows the
		// status text
		assertEnglish404(get(handler, "/console/requests/987654321"), "Back to the console");
	}

}
