package org.gongkai.requests;

import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.Browser;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's steps of issue 17 in headless Chromium: the handler requests an extension,
 * the office head approves it from the 延期申请待审批 group of their queue and the due date
 * moves; the handler drafts again after a return, sees the reviewer's comment at the top
 * of the case, and the legal basis follows the outcome now chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffStepsBrowserTests {

	static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);

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
	WorkingCalendar calendar;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		clock.setDay(RECEIVED);
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void theHandlerRequestsAnExtensionAndTheHeadApprovesItInTheQueueAndTheDueDateMoves() {
		long id = assignedCase("卧龙区 2025 年家电以旧换新补贴发放情况");
		String code = handling.show(staff("handler"), id).getTrackingCode();
		LocalDate due = calendar.addWorkingDays(RECEIVED, StatutoryTerms.REPLY_DAYS);
		clock.setDay(RECEIVED.plusDays(2));

		signIn("handler");
		browser.get(url("/console/requests/" + id));
		assertThat(text("reply-due")).isEqualTo(due.toString());
		browser.findElement(By.cssSelector("#extension-request summary")).click();
		WebElement days = browser.findElement(By.id("extend-days"));
		days.clear();
		days.sendKeys("10");
		browser.findElement(By.id("extend-reason")).sendKeys("需向多个科室调取档案");
		Browser.clickAndWait(browser, browser.findElement(By.id("extend-button")));
		assertThat(text("extension-pending")).contains("承办人 张伟", "10", "待公开办负责人审批");
		assertThat(text("reply-due")).isEqualTo(due.toString());
		signOut();

		clock.setDay(RECEIVED.plusDays(3));
		signIn("head");
		WebElement group = browser.findElement(By.cssSelector("[data-group='request.work.extensions']"));
		WebElement item = group.findElements(By.cssSelector(".work-item a"))
			.stream()
			.filter(link -> link.getText().startsWith(code))
			.findFirst()
			.orElseThrow();
		Browser.clickAndWait(browser, item);
		assertThat(text("extension-decision")).contains("需向多个科室调取档案");
		Browser.clickAndWait(browser, browser.findElement(By.id("extension-decision-button")));

		LocalDate extended = calendar.addWorkingDays(due, 10);
		assertThat(text("reply-due")).isEqualTo(extended.toString());
		assertThat(browser.findElement(By.id("main")).getText()).contains("公开办负责人 陈静 于 " + RECEIVED.plusDays(3),
				"延期答复告知书");
		signOut();

		signIn("handler");
		browser.get(url("/console/requests/" + id));
		assertThat(text("reply-due")).isEqualTo(extended.toString());
		assertThat(browser.findElements(By.id("extension-request"))).isEmpty();
	}

	@Test
	void afterAReturnTheCommentIsOnTopAndTheLegalBasisFollowsTheNewOutcome() {
		long id = assignedCase("卧龙区 2025 年餐饮消费券核销名单");
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开。");
		handling.review(staff("reviewer"), id, null, false, "名单含个人信息，应部分公开并说明理由");

		signIn("handler");
		browser.get(url("/console/requests/" + id));
		assertThat(text("returned-comment")).contains("审核人 刘洋", "名单含个人信息，应部分公开并说明理由");
		assertThat(browser.findElement(By.id("draft-basis")).getAttribute("value")).isEmpty();
		new Select(browser.findElement(By.id("draft-outcome"))).selectByValue("PARTIALLY_GRANTED");
		WebElement text = browser.findElement(By.id("draft-text"));
		text.clear();
		text.sendKeys("名单中的身份证号码属于个人信息，不予公开；其余部分予以公开。");
		Browser.clickAndWait(browser, browser.findElement(By.id("draft-button")));

		assertThat(text("draft-heading")).contains("2");
		assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='draft-heading']")).getText())
			.contains("部分公开", "《条例》第三十七条")
			.doesNotContain("第三十六条");
		assertThat(browser.findElements(By.id("returned-comment"))).isEmpty();
	}

	private long assignedCase(String title) {
		long agency = agencies.findAll()
			.stream()
			.filter(candidate -> candidate.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
		long id = intake
			.submit(new RequestIntake.NewApplication(agency,
					new InformationRequest.Intake(Channel.IN_PERSON, RECEIVED, null, null, null), Fixtures.person(),
					Fixtures.sought(title), null, null), Actor.PUBLIC)
			.reference()
			.id();
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		return id;
	}

	private StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo1234");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/console")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

}
