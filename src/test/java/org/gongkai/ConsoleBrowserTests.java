package org.gongkai;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real pages in headless Chromium: sign-in (wrong and right password), the console,
 * the skip link, Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTests {

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

	void signIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	@Test
	void aWrongPasswordIsExplainedInChineseAndTheRightOneReachesTheConsole() {
		signIn("reviewer", "wrong-password");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(error.getText()).isEqualTo("用户名或密码错误。");

		signIn("admin", "demo1234");
		wait.until(ExpectedConditions.urlToBe(url("/console")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("欢迎，区管理员 王敏");
		browser.findElement(By.linkText("机关管理")).click();
		wait.until(ExpectedConditions.urlToBe(url("/console/agencies")));
		assertThat(browser.findElement(By.id("main")).getText()).contains("卧龙区商务局", "卧龙区人民政府办公室");

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("您已安全退出。");
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichLeadsToTheMainContent() {
		browser.get(url("/"));
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("跳到正文");
		assertThat(focused.getAttribute("href")).endsWith("#main");
		assertThat(browser.findElements(By.cssSelector("header[role=banner], main#main, footer[role=contentinfo]")))
			.hasSize(3);
	}

	@Test
	void theEnglishBundleIsChosenWithLangEn() {
		browser.get(url("/?lang=en"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.cssSelector(".brand")).getText())
			.isEqualTo("Government information disclosure");
		browser.get(url("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
	}

	@Test
	void swaggerUiRendersTheApiUnderTheContentSecurityPolicy() {
		browser.get(url("/swagger-ui.html"));
		WebElement title = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(title.getText()).contains("Gongkai API");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .btn.authorize")));
		assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText()).contains("/api/v1/agencies");
	}

}
