package org.gongkai.supervision;

import java.time.Duration;

import org.gongkai.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work queue and the 催办 round trip in headless Chromium: the handler opens the
 * console on their cases, most urgent first, and follows one to its page; the supervisor
 * sends a 催办 (first without text, refused), the agency's handler finds it in their queue
 * and answers, and the supervisor finds the answer in theirs and marks it read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String username) {
		Browser.signIn(browser, url(""), username);
	}

	void signOut() {
		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	WebElement group(String key) {
		return browser.findElement(By.cssSelector("[data-group='" + key + "']"));
	}

	@Test
	void theHandlersQueueLeadsToTheCaseAndAReminderGoesRoundTrip() {
		signIn("handler");
		WebElement cases = group("request.work.handle");
		assertThat(cases.findElements(By.cssSelector(".work-item"))).isNotEmpty();
		assertThat(cases.findElement(By.cssSelector(".work-item .badge")).getAttribute("class")).contains("late");
		WebElement first = cases.findElement(By.cssSelector(".work-item a"));
		String code = first.getText().split(" ")[0];
		first.click();
		wait.until(ExpectedConditions.urlMatches(".*/console/requests/\\d+$"));
		assertThat(browser.findElement(By.id("main")).getText()).contains(code);
		signOut();

		signIn("supervisor");
		browser.findElement(By.cssSelector("a[href='/console/supervision']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
		assertThat(browser.findElement(By.id("figures")).getText()).contains("卧龙区财政局", "卧龙区商务局");
		new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText("卧龙区财政局");
		browser.findElement(By.id("urging-submit")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text-error"))).getText())
			.contains("请填写内容");
		String text = "请于本周报告依申请公开办理进展 " + System.nanoTime() % 100000;
		browser.findElement(By.id("text")).sendKeys(text);
		browser.findElement(By.id("urging-submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		String page = browser.getCurrentUrl();
		assertThat(browser.findElements(By.id("answer-form"))).isEmpty();
		signOut();

		signIn("finance.handler");
		group("supervision.work.answer")
			.findElement(By.cssSelector("a[href='" + page.substring(page.indexOf("/console")) + "']"))
			.click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urging-text"))).getText())
			.isEqualTo(text);
		browser.findElement(By.id("answer")).sendKeys("本周已答复 2 件，另 1 件正在征求第三方意见。");
		browser.findElement(By.id("answer-submit")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urging-answer"))).getText())
			.contains("征求第三方意见");
		assertThat(browser.findElements(By.id("answer-form"))).isEmpty();
		signOut();

		signIn("supervisor");
		group("supervision.work.read")
			.findElement(By.cssSelector("a[href='" + page.substring(page.indexOf("/console")) + "']"))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-submit"))).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state"))).getText()).contains("已阅");
		assertThat(browser.findElements(By.id("read-form"))).isEmpty();
	}

}
