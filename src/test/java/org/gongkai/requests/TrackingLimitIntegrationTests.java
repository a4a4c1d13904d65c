package org.gongkai.requests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.calendar.Channel;
import org.gongkai.shared.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking limit is one atomic mechanism (the shared {@link RateLimits}): a burst of
 * wrong guesses gets exactly the limit's tries, and a right tracking code with its access
 * code still passes from the same address. The confirmation email goes to one address at
 * most a few times a day.
 */
class TrackingLimitIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	ApplicantTracking tracking;

	@Autowired
	RequestsProperties properties;

	@Autowired
	RateLimits limits;

	@Autowired
	ObjectProvider<JavaMailSender> sender;

	@Autowired
	MessageSource messages;

	RequestIntake.Submission submitted() {
		return intake.submit(new RequestIntake.NewApplication(commerce(),
				new InformationRequest.Intake(Channel.IN_PERSON, TODAY, null, null, null), Fixtures.person(),
				Fixtures.sought(), null, null), Actor.PUBLIC);
	}

	List<String> simultaneously(int count, Callable<String> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<String>> attempts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				attempts.add(attempt);
			}
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : pool.invokeAll(attempts)) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static Applicant withEmail(String email) {
		Applicant person = Fixtures.person();
		return new Applicant(person.type(), person.name(), person.idType(), person.idNumber(), person.contactPerson(),
				person.phone(), email, person.address(), person.postcode());
	}

	String guess(String code, String verification, String client) {
		try {
			tracking.look(code, verification, client);
			return "found";
		}
		catch (ApplicantTracking.NotVerified e) {
			return "not-verified";
		}
		catch (ApplicantTracking.TooManyAttempts e) {
			return "too-many";
		}
	}

	@Test
	void aHundredSimultaneousWrongGuessesGetExactlyTheLimitsTries() throws Exception {
		int max = properties.tracking().maxFailures();
		List<String> answers = simultaneously(100, () -> guess("GK-0000-0000-00", "123X", "198.51.100.41"));
		assertThat(answers.stream().filter("not-verified"::equals).count()).isEqualTo(max);
		assertThat(answers.stream().filter("too-many"::equals).count()).isEqualTo(100 - max);

		List<String> accessCodes = simultaneously(100, () -> guess("GK-0000-0000-01", "ABCDEFGH", "198.51.100.42"));
		assertThat(accessCodes.stream().filter("not-verified"::equals).count()).isEqualTo(max);
		assertThat(accessCodes.stream().filter("too-many"::equals).count()).isEqualTo(100 - max);
	}

	@Test
	void aRightCodeAndAccessCodeAreNeverRefusedBecauseOthersAtTheAddressGuessedWrong() throws Exception {
		RequestIntake.Submission mine = submitted();
		String client = "198.51.100.43";
		for (int i = 0; i < properties.tracking().maxFailures() + 5; i++) {
			guess("GK-0000-0000-0" + (i % 10), i % 2 == 0 ? "123X" : "ABCDEFGH", client);
		}
		assertThat(guess("GK-0000-0000-02", "ABCDEFGH", client)).isEqualTo("too-many");
		assertThat(guess("GK-0000-0000-02", "123X", client)).isEqualTo("too-many");

		assertThat(tracking.look(mine.reference().trackingCode(), mine.accessCode(), client).trackingCode())
			.isEqualTo(mine.reference().trackingCode());
		assertThat(tracking.look(mine.reference().trackingCode().toLowerCase(), mine.accessCode(), client).status())
			.isNotNull();
	}

	@Test
	void oneEmailAddressGetsAtMostTheLimitsConfirmationsADay() throws Exception {
		RateLimits.Limit threeADay = new RateLimits.Limit(3, Duration.ofDays(1));
		RequestMails mails = new RequestMails(sender, messages, properties, limits, threeADay);
		RequestIntake.Submission submission = submitted();
		String address = "flooded." + System.nanoTime() + "@example.cn";
		Applicant applicant = withEmail(address);
		int before = MAIL.getReceivedMessagesForDomain(address).length;
		for (int i = 0; i < 6; i++) {
			mails.confirmSubmission(submission.reference(), submission.accessCode(), applicant, "卧龙区商务局");
		}
		MAIL.waitForIncomingEmail(2000, before + 3);
		assertThat(MAIL.getReceivedMessagesForDomain(address)).hasSize(before + 3);
		// Upper case is the same address.
		mails.confirmSubmission(submission.reference(), submission.accessCode(), withEmail(address.toUpperCase()),
				"卧龙区商务局");
		assertThat(MAIL.getReceivedMessagesForDomain(address)).hasSize(before + 3);
	}

}
