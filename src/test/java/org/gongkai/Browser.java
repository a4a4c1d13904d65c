package org.gongkai;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests ({@code *BrowserTests}), driven through
 * {@code /usr/bin/chromedriver} with the flags this machine needs (no network beyond
 * loopback) and a fresh profile per browser.
 */
public final class Browser {

	private Browser() {
	}

	/** Starts a new headless browser; quit it after the test. */
	public static WebDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("gongkai-chromium");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Clicks an element that leaves the page (a link or a form's submit button) and waits
	 * until the browser has left it, so that the next lookup finds the new page rather
	 * than the old one still on screen.
	 */
	public static void clickAndWait(WebDriver driver, WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(element));
	}

	/**
	 * Whether {@code element} left the document. Chromium sometimes reports a node of a
	 * page being replaced as an unknown error ("does not belong to the document") instead
	 * of a stale element, which {@code ExpectedConditions.stalenessOf} lets through.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Signs in on the login page of the application at {@code base} (such as
	 * {@code http://localhost:8080}) as the demo staff member {@code username} (password
	 * {@code demo1234}) and waits for the console.
	 */
	public static void signIn(WebDriver driver, String base, String username) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo1234");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/console"));
	}

}
