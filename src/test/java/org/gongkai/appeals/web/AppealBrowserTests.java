package org.gongkai.appeals.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's journey in headless Chromium: sign in, enter a reconsideration about
 * an older application, see the field messages for a date in the future, record the
 * applicant's withdrawal and see it counted as 其他结果.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppealBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	WebDriver browser;

	Path profile;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	WebDriver open() throws Exception {
		profile = Files.createTempDirectory("gongkai-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
				"--lang=zh-CN", "--user-data-dir=" + profile);
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
					.usingAnyFreePort()
					.build(),
				options);
		return browser;
	}

	void type(String id, String text) {
		browser.findElement(By.id(id)).clear();
		browser.findElement(By.id(id)).sendKeys(text);
	}

	void date(String id, LocalDate value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				value.toString());
	}

	void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void entersACaseAndRecordsAWithdrawalAsOtherResult() throws Exception {
		LocalDate today = LocalDate.now(clock);
		Browser.signIn(open(), "http://localhost:" + port, "handler");

		browser.get("http://localhost:" + port + "/console/appeals/new");
		new Select(browser.findElement(By.id("kind"))).selectByValue("RECONSIDERATION");
		type("externalReference", "浏览器测试旧申请第 1 号");
		new Select(browser.findElement(By.id("applicantType"))).selectByValue("NATURAL_PERSON");
		type("applicantName", "孙浏览");
		date("originalReplyOn", today.minusDays(40));
		type("body", "南阳市卧龙区人民政府");
		type("caseNumber", "卧政复〔" + today.getYear() + "〕901 号");
		date("filedOn", today.plusDays(1));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.form button.primary")));

		assertThat(browser.findElement(By.id("filedOn-error")).getText()).contains("日期不能晚于今天");
		date("filedOn", today.minusDays(5));
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.form button.primary")));

		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("案件已登记");
		assertThat(browser.findElement(By.cssSelector("#result .badge")).getText()).isEqualTo("尚未审结");
		screenshot("appeal-pending");

		new Select(browser.findElement(By.id("d-disposition"))).selectByValue("WITHDRAWN");
		date("d-decidedOn", today);
		Browser.clickAndWait(browser, browser.findElement(By.cssSelector("#decide button.primary")));

		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("结果已登记");
		assertThat(browser.findElement(By.cssSelector("#result .badge")).getText()).isEqualTo("其他结果");
		assertThat(browser.findElement(By.id("decision")).getText()).contains("申请人撤回，终止复议");
		screenshot("appeal-decided");

		browser.get("http://localhost:" + port + "/console/appeals?q=" + "浏览器测试旧申请");
		assertThat(browser.findElement(By.id("appeal-list")).getText()).contains("孙*").doesNotContain("孙浏览");
		screenshot("appeal-list");

		browser.get("http://localhost:" + port + "/console/appeals/statistics?year=" + (today.getYear() - 1));
		assertThat(browser.findElements(By.cssSelector("#table-four tbody td"))).hasSize(15);
		screenshot("appeal-table-four");
	}

}
