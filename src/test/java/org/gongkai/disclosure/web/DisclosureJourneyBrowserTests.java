package org.gongkai.disclosure.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.Browser;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review before publishing of issue 13 in a real browser: the publisher drafts an
 * entry on the console and confirms it at level 1, the section head approves it with the
 * secrecy review, the leader signs it off, and only then is it in the public API and at
 * the public address that API gives for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureJourneyBrowserTests {

	static final String TITLE = "浏览器测试：卧龙区商务局关于促进夜间消费的通知";

	@LocalServerPort
	int port;

	@Autowired
	Agencies agencies;

	WebDriver browser;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void signIn(String username) {
		browser.manage().deleteAllCookies();
		Browser.signIn(browser, url(""), username);
	}

	void approve(String entryPage, String comment) {
		browser.get(entryPage);
		type("approve-comment", comment);
		Browser.clickAndWait(browser, browser.findElement(By.id("approve-entry")));
	}

	String state() {
		return browser.findElement(By.id("entry-state")).getText();
	}

	String publicList(long agencyId) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(url("/api/v1/public/disclosure/entries?agencyId=" + agencyId + "&size=100")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void draftThenThreeApprovalsByThreePeopleMakeTheEntryPublic() throws Exception {
		long commerce = agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();

		// The publisher drafts and submits; the drafting desk's level 1 is theirs.
		signIn("publisher");
		browser.get(url("/console/disclosure/new"));
		new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText("卧龙区商务局");
		type("title", TITLE);
		type("documentNumber", "宛龙商〔2026〕9 号");
		new Select(browser.findElement(By.id("article20Item"))).selectByValue("12");
		type("body", "<p>为繁荣夜间经济，现就有关事项通知如下。</p><script>alert(1)</script>");
		Browser.clickAndWait(browser, browser.findElement(By.id("save-entry")));
		String entryPage = browser.getCurrentUrl();
		assertThat(entryPage).matches(".*/console/disclosure/entries/\\d+");
		assertThat(browser.findElement(By.id("entry-title")).getText()).isEqualTo(TITLE);
		assertThat(state()).contains("草稿");
		Browser.clickAndWait(browser, browser.findElement(By.id("submit-entry")));
		assertThat(state()).contains("审核中");
		approve(entryPage, "初审：内容属实");
		assertThat(state()).contains("审核中", "保密审查");
		assertThat(publicList(commerce)).doesNotContain(TITLE);

		// The section head approves with the secrecy review.
		signIn("section");
		approve(entryPage, "复审并保密审查：不涉密");
		assertThat(state()).contains("审核中");
		assertThat(publicList(commerce)).doesNotContain(TITLE);
		assertThat(browser.findElements(By.id("approve-entry"))).as("the section head has decided").isEmpty();

		// The leader signs off: now it is public.
		signIn("leader");
		approve(entryPage, "同意发布");
		assertThat(state()).contains("已发布");
		assertThat(browser.findElement(By.id("decisions")).getText()).contains("初审：内容属实", "复审并保密审查：不涉密", "同意发布");

		String list = publicList(commerce);
		assertThat(list).contains(TITLE);
		String given = JsonPath.<List<String>>read(list, "$.entries[?(@.title == '" + TITLE + "')].url").get(0);
		// The address may be absolute (the configured public base) or a path: either way,
		// this server's.
		String entryUrl = URI.create(given).getRawPath();
		HttpResponse<String> entry = http.send(HttpRequest.newBuilder(URI.create(url(entryUrl))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(entry.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(entry.body(), "$.title")).isEqualTo(TITLE);
		assertThat(JsonPath.<String>read(entry.body(), "$.body")).contains("夜间经济").doesNotContain("script");

		// The public address also opens in the browser, without signing in.
		browser.manage().deleteAllCookies();
		browser.get(url(entryUrl));
		assertThat(browser.getPageSource()).contains(TITLE);
	}

}
