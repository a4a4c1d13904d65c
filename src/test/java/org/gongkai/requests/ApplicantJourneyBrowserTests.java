package org.gongkai.requests;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.Browser;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's journeys of issue 17 in a real browser: apply (through the form's error
 * summary), keep the codes (refresh, PDF receipt, tracking with the code filled in),
 * correct the application online, and read the reply with its remedies on a desktop and a
 * 390 px phone (screenshots under target/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicantJourneyBrowserTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Agencies agencies;

	@Autowired
	TrackingCodes codes;

	@Autowired
	WorkingCalendar calendar;

	WebDriver browser;

	Path profile;

	@BeforeEach
	void open() throws Exception {
		clock.setDay(TODAY);
		profile = Files.createTempDirectory("gongkai-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,1600", "--lang=zh-CN", "--user-data-dir=" + profile);
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
					.usingAnyFreePort()
					.build(),
				options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

	long commerce() {
		return agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	/** A case received in person today at 卧龙区商务局 and assigned to the demo handler. */
	InformationRequest assigned(String title) {
		long id = intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.IN_PERSON, TODAY, null, null, null), Fixtures.person(),
					Fixtures.sought(title), null, null), Actor.PUBLIC)
			.reference()
			.id();
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		return handling.show(staff("handler"), id);
	}

	/** Opens /track and signs in with the tracking code and access code: one click. */
	void track(String trackingCode) {
		browser.get(url("/track"));
		type("trackingCode", trackingCode);
		type("verification", codes.accessCode(trackingCode));
		Browser.clickAndWait(browser, browser.findElement(By.id("track-submit")));
	}

	/**
	 * Apply: the agency (click 1), a one-character title and a malformed phone refused
	 * with the summary's links (click 2), corrected and sent (click 3); the confirmation
	 * survives a refresh, its receipt downloads as PDF with both codes, and 查询办理进度 (click
	 * 4) opens /track with the code filled in.
	 */
	@Test
	void theCodesAreNeverLostAndTheFormSaysWhatIsWrong() throws Exception {
		browser.get(url("/apply"));
		Browser.clickAndWait(browser, browser.findElement(By.linkText("卧龙区商务局")));
		type("name", "浏览器 赵回执");
		type("idNumber", Fixtures.IDENTITY_NUMBER);
		type("phone", "123");
		type("title", "表");
		Browser.clickAndWait(browser, browser.findElement(By.id("apply-submit")));

		WebElement summary = browser.findElement(By.id("form-errors"));
		assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText()).contains("至少 2 个字");
		assertThat(summary.findElement(By.cssSelector("a[href='#phone']")).getText()).contains("11 位手机号码");
		assertThat(browser.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("title")).getCssValue("border-top-width")).isEqualTo("2px");
		assertThat(browser.findElement(By.id("title-error")).isDisplayed()).isTrue();
		assertThat((String) ((JavascriptExecutor) browser)
			.executeScript("return getComputedStyle(document.querySelector('label[for=title]'), '::after').content"))
			.contains("*");
		screenshot("apply-errors");
		summary.findElement(By.cssSelector("a[href='#title']")).click();
		type("phone", "0377-63123456");
		type("title", "卧龙区 2024 年商贸补贴发放名单");
		Browser.clickAndWait(browser, browser.findElement(By.id("apply-submit")));

		String trackingCode = browser.findElement(By.id("tracking-code")).getText();
		String accessCode = browser.findElement(By.id("access-code")).getText();
		assertThat(browser.getCurrentUrl()).endsWith("/apply/done/" + trackingCode).doesNotContain(accessCode);
		assertThat(browser.findElement(By.id("mail-note")).getText()).contains("不会收到确认邮件");
		assertThat(browser.findElement(By.id("receipt-submitted")).getText()).isEqualTo("2025-03-03");
		assertThat(browser.findElement(By.id("receipt-print")).isDisplayed()).isTrue();
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("tracking-code")).getText()).isEqualTo(trackingCode);
		assertThat(browser.findElement(By.id("access-code")).getText()).isEqualTo(accessCode);
		screenshot("apply-done");

		Cookie session = browser.manage().getCookieNamed("SESSION");
		String receipt = browser.findElement(By.id("receipt-pdf")).getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(receipt)).header("Cookie", "SESSION=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("申请编号", trackingCode, "查询码", accessCode,
					"卧龙区商务局");
		}

		Browser.clickAndWait(browser, browser.findElement(By.id("track-link")));
		assertThat(browser.findElement(By.id("trackingCode")).getAttribute("value")).isEqualTo(trackingCode);
	}

	/**
	 * Correct online: /track (click 1) says what to correct and by when; the correction
	 * sent (click 2) restarts the reply period from today.
	 */
	@Test
	void aCorrectionSubmittedOnlineRestartsTheClock() throws Exception {
		InformationRequest request = assigned("卧龙区 2024 年招商引资奖励名单");
		handling.requestCorrection(staff("handler"), request.getId(), null, "请写明所需名单的发布年份和文号", 5, TODAY);
		LocalDate correctedOn = calendar.addWorkingDays(TODAY, 3);
		clock.setDay(correctedOn);

		track(request.getTrackingCode());
		assertThat(browser.findElement(By.id("correction-matters")).getText()).isEqualTo("请写明所需名单的发布年份和文号");
		assertThat(browser.findElement(By.id("correction-term")).getText())
			.contains(calendar.addWorkingDays(TODAY, 5).toString());
		assertThat(browser.findElement(By.id("track-paused")).getText()).contains("等待您补正");
		type("correction-text", "所需名单为 2024 年发布，文号卧商〔2024〕7 号");
		Browser.clickAndWait(browser, browser.findElement(By.id("correction-submit")));

		assertThat(browser.findElement(By.id("correction-done")).getText()).contains("重新计算");
		assertThat(browser.findElement(By.id("track-due")).getText())
			.isEqualTo(calendar.addWorkingDays(correctedOn, 20).toString());
		assertThat(browser.findElement(By.id("track-documents")).getText()).contains("补正内容.pdf");
		assertThat(handling.show(staff("handler"), request.getId()).getCorrectionReceivedOn()).isEqualTo(correctedOn);
	}

	/**
	 * The reply: /track (click 1) shows the outcome, its basis and reasons, the letter
	 * and the remedies with where to file them, on a desktop and on a 390 px phone.
	 */
	@Test
	void theReplyViewShowsTheRemediesOnADesktopAndAPhone() throws Exception {
		InformationRequest request = assigned("卧龙区 2024 年外贸企业扶持资金名单");
		handling.attach(staff("handler"), request.getId(), DocumentKind.REPLY,
				new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
		handling.draftReply(staff("handler"), request.getId(), null, Outcome.PARTIALLY_GRANTED,
				"《中华人民共和国政府信息公开条例》第三十七条、第十五条", "名单中企业负责人的身份证号码和联系电话属于个人隐私，不予公开；其余部分予以公开，见附件。");
		handling.review(staff("reviewer"), request.getId(), null, true, null);
		handling.answer(staff("handler"), request.getId(), null, TODAY, DeliveryMethod.ONLINE);

		track(request.getTrackingCode());
		assertThat(browser.findElement(By.id("reply-basis")).getText()).contains("第三十七条");
		assertThat(browser.findElement(By.id("remedy-review")).getText()).contains("60 日内", "南阳市卧龙区人民政府");
		assertThat(browser.findElement(By.id("remedy-litigation")).getText()).contains("6 个月内");
		assertThat(browser.findElement(By.id("remedy-complaint")).getText()).contains("卧龙区人民政府办公室", "第四十七条");
		screenshot("track-reply-desktop");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		Number overflow = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
		assertThat(browser.findElement(By.id("remedy-review")).isDisplayed()).isTrue();
		((JavascriptExecutor) browser).executeScript("document.getElementById('track-reply').scrollIntoView()");
		screenshot("track-reply-phone");

		browser.get(url("/track/status?lang=en"));
		assertThat(browser.findElement(By.id("track-remedies")).getText()).contains("administrative reconsideration",
				"within 60 days", "within 6 months", "People's Government of 南阳市卧龙区");
		screenshot("track-reply-phone-en");
	}

}
