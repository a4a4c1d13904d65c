package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.TestMail;
import org.gongkai.agencies.Agencies;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sweep's reminders: one before the due day and one once late (to the office
 * head too), each sent once however often the sweep runs. Not rolled back, because each
 * reminder is claimed in a transaction of its own; the question is deleted afterwards.
 */
@SpringBootTest
class ConsultationSweepIntegrationTests {

	@Autowired
	ConsultationSweep sweep;

	@Autowired
	Consultations consultations;

	@Autowired
	MutableClock clock;

	@Autowired
	DemoStaff demo;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	Long questionId;

	@AfterEach
	void deleteTheQuestion() {
		if (questionId != null) {
			jdbc.sql("delete from consultation_question where id = :id").param("id", questionId).update();
		}
	}

	@Test
	void remindsTheHandlersOnceBeforeTheDueDayAndOnceWhenLate() throws Exception {
		LocalDate received = LocalDate.of(2025, 4, 7);
		clock.setDay(received);
		long commerce = demo.commerce();
		questionId = consultations.register(demo.staff("registrar"),
				new Question.Received(commerce, QuestionChannel.PHONE, QuestionType.CONSULTATION, "咨询成品油零售经营资格审批",
						"请问需要哪些材料？", "钱多多", "13900001111", false, received, null));
		LocalDate due = calendar.addWorkingDays(received, 5);

		clock.setDay(calendar.addWorkingDays(received, 2));
		sweep.run();
		assertThat(mailsAbout(questionId)).isEmpty();

		clock.setDay(calendar.addWorkingDays(received, 4));
		sweep.run();
		sweep.run();
		assertThat(mailsAbout(questionId)).singleElement().satisfies(mail -> {
			assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
				.containsExactly("handler@demo.gongkai.org");
			assertThat(mail.getSubject()).contains(due.toString()).contains("剩余 1 个工作日");
		});

		clock.setDay(calendar.addWorkingDays(due, 1));
		sweep.run();
		sweep.run();
		List<MimeMessage> mails = mailsAbout(questionId);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).getSubject()).contains("已超过答复期限");
		assertThat(Arrays.stream(mails.get(1).getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder("handler@demo.gongkai.org", "head@demo.gongkai.org");
		assertThat(jdbc.sql("select count(*) from consultation_reminder where question_id = :id")
			.param("id", questionId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/** Reminder emails about one question, one per message. */
	static List<MimeMessage> mailsAbout(long questionId) {
		Set<String> seen = new HashSet<>();
		return Arrays.stream(TestMail.server().getReceivedMessages()).filter(message -> {
			try {
				return seen.add(message.getMessageID());
			}
			catch (MessagingException e) {
				return true;
			}
		}).filter(message -> {
			try {
				return message.getSubject().startsWith("留言 " + questionId + " ");
			}
			catch (MessagingException e) {
				return false;
			}
		}).toList();
	}

}
