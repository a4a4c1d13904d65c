package org.gongkai.requests;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 4 in a real browser: a citizen applies online, the registrar
 * confirms receipt and assigns the handler, the handler uploads and submits the reply,
 * the reviewer approves, the handler sends it, and the citizen downloads the reply on
 * /track.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestJourneyBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	Path profile;

	@BeforeEach
	void openBrowser() throws Exception {
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2000",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		FileSystemUtils.deleteRecursively(profile);
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
		browser.get(url("/login"));
		type("username", username);
		type("password", "demo1234");
		browser.findElement(By.cssSelector("form button[type=submit]")).submit();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/console"));
	}

	/** The reply's link on /track (the acknowledgement of receipt is listed too). */
	WebElement replyLink() {
		return browser.findElements(By.cssSelector("#track-documents a[href*='/track/documents/']"))
			.stream()
			.filter(link -> link.getText().contains("答复书"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The citizen applies online; the registrar confirms receipt and assigns the handler,
	 * the acknowledgement generated in the same click. Returns the tracking code, the
	 * access code and the case page.
	 */
	String[] appliedAndAccepted(String name, String title) {
		browser.get(url("/apply"));
		Browser.clickAndWait(browser, browser.findElement(By.linkText("卧龙区商务局")));
		type("name", name);
		type("idNumber", Fixtures.IDENTITY_NUMBER);
		type("phone", "13800138000");
		type("email", "journey@example.cn");
		type("title", title);
		new Select(browser.findElement(By.id("deliveryWanted"))).selectByValue("ONLINE");
		Browser.clickAndWait(browser, browser.findElement(By.id("apply-submit")));
		String trackingCode = browser.findElement(By.id("tracking-code")).getText();
		String accessCode = browser.findElement(By.id("access-code")).getText();
		signIn("registrar");
		browser.get(url("/console/requests?q=" + trackingCode));
		Browser.clickAndWait(browser, browser.findElement(By.linkText(trackingCode)));
		String casePage = browser.getCurrentUrl();
		Browser.clickAndWait(browser, browser.findElement(By.id("confirm-button")));
		new Select(browser.findElement(By.id("accept-handler"))).selectByVisibleText("承办人 张伟");
		Browser.clickAndWait(browser, browser.findElement(By.id("accept-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
		return new String[] { trackingCode, accessCode, casePage };
	}

	/**
	 * Issue 12: the handler answers 部分公开, the reply letter is generated and served in the
	 * same click, and the applicant downloads it as a PDF on /track.
	 */
	@Test
	void theReplyLetterOfAPartialDisclosureIsGeneratedServedAndDownloadedOnTrack() throws Exception {
		String[] applied = appliedAndAccepted("浏览器测试 李文书", "卧龙区 2024 年商贸补贴发放名单");
		String casePage = applied[2];

		signIn("handler");
		browser.get(casePage);
		new Select(browser.findElement(By.id("draft-outcome"))).selectByValue("PARTIALLY_GRANTED");
		type("draft-text", "名单中个人身份证号码涉及个人隐私，不予公开；其余部分予以公开。");
		Browser.clickAndWait(browser, browser.findElement(By.id("draft-button")));
		signIn("reviewer");
		browser.get(casePage);
		type("review-comment", "同意");
		Browser.clickAndWait(browser, browser.findElement(By.id("approve-button")));
		signIn("handler");
		browser.get(casePage);
		assertThat(browser.findElement(By.id("answer-letter")).isSelected()).isTrue();
		Browser.clickAndWait(browser, browser.findElement(By.id("answer-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已答复");
		assertThat(browser.findElements(By.cssSelector("a.docx"))).hasSizeGreaterThanOrEqualTo(2);

		browser.manage().deleteAllCookies();
		browser.get(url("/track"));
		type("trackingCode", applied[0]);
		type("verification", applied[1]);
		Browser.clickAndWait(browser, browser.findElement(By.id("track-submit")));
		WebElement link = replyLink();
		String session = browser.manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(StepLettersIntegrationTests.pdfText(download.body())).contains("浏览器测试李文书", "第三十七条", "涉及个人隐私");
	}

	@Test
	void applyOnlineThenRegistrarAcceptsHandlerAnswersReviewerApprovesAndTheApplicantDownloadsTheReply()
			throws Exception {
		// The citizen applies online.
		browser.get(url("/apply"));
		Browser.clickAndWait(browser, browser.findElement(By.linkText("卧龙区商务局")));
		type("name", "浏览器测试 王小明");
		type("idNumber", Fixtures.IDENTITY_NUMBER);
		type("phone", "13800138000");
		type("email", "journey@example.cn");
		type("title", "卧龙区 2024 年商业网点规划文本");
		new Select(browser.findElement(By.id("deliveryWanted"))).selectByValue("ONLINE");
		Browser.clickAndWait(browser, browser.findElement(By.id("apply-submit")));
		String trackingCode = browser.findElement(By.id("tracking-code")).getText();
		String accessCode = browser.findElement(By.id("access-code")).getText();
		assertThat(trackingCode).matches("GK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");

		// The registrar confirms receipt and assigns the handler.
		signIn("registrar");
		browser.get(url("/console/requests?q=" + trackingCode));
		Browser.clickAndWait(browser, browser.findElement(By.linkText(trackingCode)));
		String casePage = browser.getCurrentUrl();
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待确认收到");
		Browser.clickAndWait(browser, browser.findElement(By.id("confirm-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已登记");
		new Select(browser.findElement(By.id("accept-handler"))).selectByVisibleText("承办人 张伟");
		Browser.clickAndWait(browser, browser.findElement(By.id("accept-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
		assertThat(browser.findElement(By.id("clock")).getText()).contains("答复期限");

		// The handler uploads the reply letter and submits the draft.
		signIn("handler");
		browser.get(casePage);
		Path reply = Files.createTempFile("答复书", ".pdf");
		Files.write(reply, RequestDocumentsTests.PDF);
		new Select(browser.findElement(By.id("upload-kind"))).selectByValue("REPLY");
		browser.findElement(By.id("upload-file")).sendKeys(reply.toString());
		Browser.clickAndWait(browser, browser.findElement(By.id("upload-button")));
		new Select(browser.findElement(By.id("draft-outcome"))).selectByValue("GRANTED");
		type("draft-text", "予以公开，见所附规划文本。");
		Browser.clickAndWait(browser, browser.findElement(By.id("draft-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("审核中");

		// The reviewer approves.
		signIn("reviewer");
		browser.get(casePage);
		type("review-comment", "同意公开");
		Browser.clickAndWait(browser, browser.findElement(By.id("approve-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待答复");

		// The handler sends the reply with the uploaded letter instead of a generated
		// one.
		signIn("handler");
		browser.get(casePage);
		browser.findElement(By.id("answer-letter")).click();
		type("answer-letter-reason", "答复书已经签章后上传");
		Browser.clickAndWait(browser, browser.findElement(By.id("answer-button")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已答复");
		assertThat(browser.findElement(By.id("outcome")).getText()).contains("予以公开");

		// The applicant follows the case and downloads the reply.
		browser.manage().deleteAllCookies();
		browser.get(url("/track"));
		type("trackingCode", trackingCode);
		type("verification", accessCode);
		Browser.clickAndWait(browser, browser.findElement(By.id("track-submit")));
		assertThat(browser.findElement(By.id("track-status")).getText()).isEqualTo("已答复");
		WebElement link = replyLink();
		assertThat(link.getText()).contains("答复书");
		String session = browser.manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(RequestDocumentsTests.PDF);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("attachment"));
	}

}
