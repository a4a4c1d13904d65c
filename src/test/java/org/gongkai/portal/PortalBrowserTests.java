package org.gongkai.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.Browser;
import org.gongkai.MutableClock;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.portal.search.IndexFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitor's journey in headless Chromium: an entry published through the disclosure
 * services is found through the portal's search, opened, and its attachment downloads;
 * every public page of the column passes axe-core's WCAG 2.1 A and AA rules without a
 * serious or critical violation, and the column and entry pages fit a 390 px screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	StaffMembers staff;

	@Autowired
	IndexFeed feed;

	@Autowired
	MutableClock clock;

	WebDriver browser;

	WebDriverWait wait;

	Publishing publishing;

	Long published;

	@BeforeEach
	void open() throws Exception {
		assertThat(feed.awaitReady(Duration.ofSeconds(60))).isTrue();
		publishing = new Publishing(catalogue, staff);
		clock.setDay(LocalDate.of(2024, 6, 4));
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		browser.quit();
		if (published != null) {
			publishing.withdraw(published);
		}
		clock.followSystem();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aVisitorFindsAPublishedEntryBySearchAndDownloadsItsAttachment() throws Exception {
		long id = publishing.draft("卧龙区数字经济产业园招商引资优惠政策", "数字经济产业园入驻企业可享受租金减免。", 8, "商贸流通", LocalDate.of(2024, 6, 4));
		byte[] docx = Publishing.docx("数字经济产业园租金减免标准");
		publishing.attach(id, "减免标准.docx", docx);
		publishing.publish(id);
		published = id;

		browser.get(url("/"));
		browser.findElement(By.id("home-q")).sendKeys("数字经济");
		browser.findElement(By.cssSelector("form.site-search button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/search"));
		WebElement result = browser.findElement(By.cssSelector("ol.results a[href='/entries/" + id + "']"));
		assertThat(browser.findElement(By.cssSelector("ol.results")).getAttribute("innerHTML")).contains("<mark>");
		result.click();
		wait.until(ExpectedConditions.urlToBe(url("/entries/" + id)));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("卧龙区数字经济产业园招商引资优惠政策");
		String href = browser.findElement(By.linkText("减免标准.docx")).getAttribute("href");
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(docx);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

		browser.get(url("/search?q=" + "租金减免标准"));
		assertThat(browser.findElements(By.cssSelector("ol.results a[href='/entries/" + id + "']"))).hasSize(1);
	}

	@Test
	void thePublicPagesPassAxeAndFitAPhone() throws Exception {
		long agency = publishing.agencyId();
		long entry = publishing.published("卧龙区商务局无障碍检查用条目", "正文。", 2, "机构职能", LocalDate.of(2024, 6, 4));
		published = entry;
		String axe = axeSource();
		List<String> pages = List.of("/", "/agencies/" + agency, "/agencies/" + agency + "/guide",
				"/agencies/" + agency + "/rules", "/agencies/" + agency + "/catalogue?item=4",
				"/agencies/" + agency + "/apply", "/entries/" + entry, "/search?q=商务", "/search?q=不存在的词语组合",
				"/no-such-page");
		List<String> violations = new ArrayList<>();
		for (String page : pages) {
			browser.get(url(page));
			((JavascriptExecutor) browser).executeScript(axe);
			Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
					  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
					    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
					  .catch(e => done(['axe failed: ' + e]));""");
			for (Object violation : (List<?>) answer) {
				violations.add(page + " → " + violation);
			}
		}
		assertThat(violations).isEmpty();

		browser.manage().window().setSize(new Dimension(390, 844));
		for (String page : List.of("/agencies/" + agency, "/agencies/" + agency + "/catalogue", "/entries/" + entry,
				"/search?q=商务")) {
			browser.get(url(page));
			Object width = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
			assertThat(width).as(page + " scrolls sideways at 390 px").isEqualTo(true);
		}
	}

	@Test
	void theSearchColumnAndEntryPagesFitA390PixelScreen() throws Exception {
		long agency = publishing.agencyId();
		String unbroken = "https://www.wolong.gov.cn/zwgk/" + "fdzdgknr/".repeat(12) + "index.html";
		published = publishing.published("卧龙区商务局关于做好二〇二四年度家电以旧换新与汽车以旧换新补贴申领审核发放工作的补充通知", "补贴申领窄屏检查。详见 " + unbroken, 4,
				"民生保障", LocalDate.of(2024, 6, 4));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		JavascriptExecutor script = (JavascriptExecutor) browser;
		for (String page : List.of("/search?q=补贴申领窄屏检查", "/search?q=商务&item=4&sort=date",
				"/agencies/" + agency + "/catalogue", "/agencies/" + agency, "/entries/" + published)) {
			browser.get(url(page));
			assertThat(script.executeScript("return document.documentElement.scrollWidth;")).as(page)
				.isInstanceOf(Long.class)
				.satisfies(width -> assertThat((Long) width).as(page + " scrolls sideways at 390 px")
					.isLessThanOrEqualTo(390));
		}

		// The search page: filters folded until asked for, results readable (not cut, not
		// tiny).
		browser.get(url("/search?q=补贴申领窄屏检查"));
		WebElement filters = browser.findElement(By.cssSelector("details.search-filters"));
		assertThat(filters.getAttribute("open")).isNull();
		assertThat(browser.findElement(By.id("s-item")).isDisplayed()).isFalse();
		WebElement hit = browser.findElement(By.cssSelector("ol.results a[href='/entries/" + published + "']"));
		assertThat(hit.getRect().getX() + hit.getRect().getWidth()).isLessThanOrEqualTo(390);
		assertThat(hit.getCssValue("font-size")).isIn("16px", "17px", "18px");
		browser.findElement(By.cssSelector("details.search-filters > summary")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("s-item")));
		WebElement item = browser.findElement(By.id("s-item"));
		assertThat(item.getRect().getX() + item.getRect().getWidth()).isLessThanOrEqualTo(390);
		assertThat(script.executeScript("return document.documentElement.scrollWidth;")).isEqualTo(390L);
		new Select(item).selectByValue("4");
		// looked up when clickable: once in the suite Chromium refused a node found a
		// moment
		// before as not of the document
		Browser.clickAndWait(browser, wait.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("details.search-filters button[type=submit]"))));
		assertThat(browser.getCurrentUrl()).contains("item=4");
		// A chosen filter keeps them open, so the visitor sees what narrows the results.
		assertThat(browser.findElement(By.cssSelector("details.search-filters")).getAttribute("open")).isNotNull();
		assertThat(browser.findElements(By.cssSelector("ol.results a[href='/entries/" + published + "']"))).hasSize(1);

		// On a wide screen the filters are open from the start.
		((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.get(url("/search?q=商务"));
		assertThat(browser.findElement(By.id("s-item")).isDisplayed()).isTrue();
	}

	static String axeSource() throws IOException {
		try (InputStream in = PortalBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
