package org.gongkai.calendar.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gongkai.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar pages in headless Chromium: the public calculator with htmx swapping the
 * result and as a plain form without JavaScript, and an administrator uploading a notice
 * file (real multipart with CSRF) and withdrawing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	Path profile;

	WebDriver open(boolean javascript) throws Exception {
		profile = Files.createTempDirectory("gongkai-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
				"--user-data-dir=" + profile);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		return browser;
	}

	@AfterEach
	void close() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Test
	void computesTheDueDateInPlaceWithHtmx() throws Exception {
		WebDriver browser = open(true);
		browser.get("http://localhost:" + port + "/calendar");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return !!window.htmx")));
		((JavascriptExecutor) browser).executeScript("document.getElementById('from').value = '2026-02-13'");
		WebElement days = browser.findElement(By.id("workingDays"));
		days.clear();
		days.sendKeys("6");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		wait.until(ExpectedConditions.textToBe(By.id("due"), "2026-02-28"));
		assertThat(browser.findElement(By.id("result")).getText()).contains("春节", "调休上班");
		assertThat(browser.getCurrentUrl()).as("the result has its own address")
			.contains("from=2026-02-13", "workingDays=6");
		assertThat(browser.findElements(By.cssSelector("header.site-header"))).as("only the result was swapped")
			.hasSize(1);
	}

	@Test
	void aDateFieldOpensTheBrowsersPickerAndKeepsItsDateAsYyyyMmDd() throws Exception {
		WebDriver browser = open(true);
		browser.get("http://localhost:" + port + "/calendar");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		WebElement pick = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#from + button.date-pick")));
		assertThat(pick.getAttribute("aria-label")).isEqualTo("选择日期");
		WebElement from = browser.findElement(By.id("from"));
		from.clear();
		from.sendKeys("2026-02-13");
		pick.click();
		WebElement picker = browser.findElement(By.cssSelector("#from ~ input.date-pick-native"));
		assertThat(picker.getAttribute("type")).isEqualTo("date");
		assertThat(picker.getDomProperty("value")).as("the picker opens on the typed day").isEqualTo("2026-02-13");

		// A day chosen in the picker (its popup is the browser's own, out of the page's
		// reach).
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = '2026-03-02'; arguments[0].dispatchEvent(new Event('change'))", picker);
		assertThat(from.getDomProperty("value")).isEqualTo("2026-03-02");
		assertThat(from.getAttribute("type")).as("the field stays text, never in the browser's locale")
			.isEqualTo("text");
	}

	@Test
	void worksAsAPlainFormWithoutJavaScript() throws Exception {
		WebDriver browser = open(false);
		browser.get("http://localhost:" + port + "/calendar?from=2026-09-24&workingDays=3");
		assertThat(browser.findElement(By.id("due")).getText()).isEqualTo("2026-09-30");
		WebElement days = browser.findElement(By.id("workingDays"));
		days.clear();
		days.sendKeys("6");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.id("due"), "2026-10-10"));
		assertThat(browser.findElement(By.id("result")).getText()).contains("国庆节", "调休上班");
		assertThat(browser.findElements(By.cssSelector("button.date-pick"))).as("typing is the way without scripts")
			.isEmpty();
	}

	@Test
	void anAdministratorUploadsANoticeFileAndWithdrawsIt() throws Exception {
		WebDriver browser = open(true);
		Path file = Files.createTempFile("2029-", ".json");
		Files.writeString(file, """
				{"year": 2029, "papers": [], "days": [
				  {"name": "元旦", "date": "2029-01-01", "isOffDay": true},
				  {"name": "春节", "date": "2029-02-10", "isOffDay": false}
				]}
				""");
		try {
			Browser.signIn(browser, "http://localhost:" + port, "admin");
			browser.get("http://localhost:" + port + "/console/calendar");
			browser.findElement(By.id("file")).sendKeys(file.toString());
			browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();

			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
			wait.until(ExpectedConditions.urlContains("/console/calendar/2029"));
			assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("2029 年节假日安排已载入", "上传文件",
					"2029-02-10");

			browser.findElement(By.cssSelector("form[action$='/withdraw'] button")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "已撤回"));
			assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("未载入");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
