package org.gongkai.reports.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gongkai.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables 三 and 四 on a 390 px phone in headless Chromium: the page does not scroll
 * sideways, the wide table scrolls inside its own box (issue 17 item 11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsPhoneBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	long number(String script) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
	}

	@Test
	void bothTablesScrollInsideTheirBoxAndNotThePage() throws Exception {
		browser = Browser.start();
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("head");
		browser.findElement(By.id("password")).sendKeys("demo1234");
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		for (String[] page : new String[][] { { "/console/requests/statistics", "table-three" },
				{ "/console/appeals/statistics", "table-four" } }) {
			browser.get("http://localhost:" + port + page[0]);
			assertThat(browser.findElement(By.id(page[1])).isDisplayed()).isTrue();
			assertThat(number("return window.innerWidth")).isEqualTo(390);
			assertThat(number("return document.documentElement.scrollWidth")).as(page[0]).isLessThanOrEqualTo(390);
			String box = "document.getElementById('" + page[1] + "').parentElement";
			assertThat(number("return " + box + ".clientWidth")).as(page[0]).isLessThanOrEqualTo(390);
			assertThat(number("return " + box + ".scrollWidth")).as(page[0])
				.isGreaterThan(number("return " + box + ".clientWidth"));
			Path target = Path.of("target", "screenshots");
			Files.createDirectories(target);
			Files.write(target.resolve(page[1] + "-390.png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
	}

}
