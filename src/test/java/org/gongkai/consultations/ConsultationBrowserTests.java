package org.gongkai.consultations;

import java.time.Duration;

import org.gongkai.Browser;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's journey in headless Chromium: asked on the portal's form with consent,
 * answered and published in the console by the agency's handler, then read on the portal
 * without the asker's personal data and followed with the query code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Agencies agencies;

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

	@Test
	void aQuestionAskedOnThePortalIsAnsweredInTheConsoleAndShownPublicly() {
		long commerce = agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
		// A short suffix: runs of seven or more digits are removed from the public copy.
		String title = "咨询夜间经济示范街区申报条件 " + System.nanoTime() % 100000;

		browser.get(url("/questions/new?agency=" + commerce));
		browser.findElement(By.cssSelector("input[name=type][value=CONSULTATION]")).click();
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("body")).sendKeys("我是孙小美，电话 13700001234，请问夜间经济示范街区怎么申报？");
		browser.findElement(By.id("name")).sendKeys("孙小美");
		browser.findElement(By.id("contact")).sendKeys("13700001234");
		browser.findElement(By.id("consent")).click();
		browser.findElement(By.id("question-submit")).click();
		String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-code"))).getText();
		assertThat(code).startsWith("ZX-");

		Browser.signIn(browser, url(""), "handler");
		browser.findElement(By.linkText("咨询投诉")).click();
		wait.until(ExpectedConditions.urlToBe(url("/console/consultations")));
		browser.findElement(By.id("f-q")).sendKeys(title);
		browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")))
			.sendKeys("孙小美女士您好，申报条件已在区政府网站公开，可于工作日到政务服务中心商务窗口办理。");
		browser.findElement(By.id("answer-submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-answer")));
		assertThat(browser.findElement(By.id("publicBody")).getAttribute("value")).doesNotContain("孙小美", "13700001234");
		browser.findElement(By.id("publish-submit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-link")));

		browser.get(url("/questions?agency=" + commerce));
		browser.findElement(By.linkText(title)).click();
		String answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-answer"))).getText();
		assertThat(answer).contains("申报条件已在区政府网站公开").doesNotContain("孙小美");
		assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("孙小美", "13700001234");

		browser.get(url("/questions/track"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("track-submit")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracked"))).getText())
			.contains(title, "申报条件已在区政府网站公开");
	}

}
