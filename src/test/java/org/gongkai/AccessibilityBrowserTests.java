package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's accessibility measure: axe-core's WCAG 2.1 A and AA rules find no serious or
 * critical violation on the applicant's pages and on the main console pages of each staff
 * role (the portal's column is checked in {@code PortalBrowserTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	String axe;

	@BeforeEach
	void open() throws IOException {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void theApplicantsPagesHaveNoSeriousViolation() {
		List<String> violations = new ArrayList<>();
		for (String page : List.of("/apply", "/track", "/fees", "/calendar", "/annual-reports", "/login")) {
			violations.addAll(check(page));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theConsolePagesOfEachRoleHaveNoSeriousViolation() {
		List<String> violations = new ArrayList<>();
		signIn("handler");
		violations.addAll(check("/console"));
		violations.addAll(check("/console/requests"));
		String firstCase = browser.findElements(By.cssSelector("#main a[href^='/console/requests/']"))
			.stream()
			.map(link -> link.getAttribute("href"))
			.filter(href -> href.matches(".*/console/requests/\\d+$"))
			.findFirst()
			.orElseThrow();
		violations.addAll(check(firstCase.substring(firstCase.indexOf("/console"))));
		violations.addAll(check("/console/requests/deadlines"));
		violations.addAll(check("/console/requests/statistics"));
		signOut();
		signIn("registrar");
		violations.addAll(check("/console"));
		violations.addAll(check("/console/requests/new"));
		violations.addAll(check("/console/requests/unconfirmed"));
		signOut();
		signIn("head");
		violations.addAll(check("/console"));
		violations.addAll(check("/console/appeals"));
		violations.addAll(check("/console/consultations"));
		signOut();
		signIn("publisher");
		violations.addAll(check("/console"));
		violations.addAll(check("/console/disclosure"));
		signOut();
		signIn("supervisor");
		violations.addAll(check("/console"));
		violations.addAll(check("/console/supervision"));
		signOut();
		signIn("admin");
		violations.addAll(check("/console/agencies"));
		violations.addAll(check("/console/staff"));
		violations.addAll(check("/console/fees"));
		violations.addAll(check("/console/letters"));
		violations.addAll(check("/console/calendar"));
		violations.addAll(check("/console/audit"));
		assertThat(violations).isEmpty();
	}

	void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo1234");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/console")));
	}

	void signOut() {
		WebElement button = browser.findElement(By.cssSelector("form[action='/logout'] button"));
		Browser.clickAndWait(browser, button);
	}

	List<String> check(String page) {
		browser.get(url(page));
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript(axe);
		Object answer = script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		List<String> found = new ArrayList<>();
		assertThat(browser.getCurrentUrl()).as(page + " opened").endsWith(page);
		for (Object violation : (List<?>) answer) {
			found.add(page + " → " + violation);
		}
		return found;
	}

}
