package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sweep: reminder emails at the lead times and when overdue, each sent once
 * even when several instances sweep at the same moment, and the indexed due date kept up
 * with paused clocks.
 */
class RequestSweepIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestSweep sweep;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	InformationRequest assignedRequest(LocalDate received) {
		return handling.show(staff("handler"), assignedCase(received));
	}

	/**
	 * Reminder emails about one case, one per message (GreenMail keeps a copy per
	 * recipient's mailbox).
	 */
	List<MimeMessage> mailsAbout(String trackingCode) {
		Set<String> seen = new HashSet<>();
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return seen.add(message.getMessageID());
			}
			catch (MessagingException e) {
				return true;
			}
		}).filter(message -> {
			try {
				return message.getSubject().startsWith("【") && message.getSubject().contains(trackingCode);
			}
			catch (MessagingException e) {
				return false;
			}
		}).toList();
	}

	@Test
	void remindsTheHandlerAtEachLeadTimeOnceAndTheOfficeHeadTooWhenOverdue() throws Exception {
		LocalDate received = LocalDate.of(2025, 4, 7);
		InformationRequest request = assignedRequest(received);
		LocalDate due = calendar.addWorkingDays(received, 20);
		String code = request.getTrackingCode();

		clock.setDay(calendar.addWorkingDays(received, 14));
		sweep.run();
		assertThat(mailsAbout(code)).isEmpty();

		clock.setDay(calendar.addWorkingDays(received, 15));
		sweep.run();
		sweep.run();
		assertThat(mailsAbout(code)).singleElement().satisfies(mail -> {
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("handler@demo.gongkai.org");
			assertThat(mail.getSubject()).contains(due.toString()).contains("剩 5 个工作日");
		});

		clock.setDay(calendar.addWorkingDays(received, 18));
		sweep.run();
		assertThat(mailsAbout(code)).hasSize(2);

		clock.setDay(calendar.addWorkingDays(due, 1));
		sweep.run();
		sweep.run();
		List<MimeMessage> mails = mailsAbout(code);
		assertThat(mails).hasSize(3);
		MimeMessage overdue = mails.get(2);
		assertThat(overdue.getSubject()).contains("已逾期");
		assertThat(Arrays.stream(overdue.getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder("handler@demo.gongkai.org", "head@demo.gongkai.org");
	}

	@Test
	void recordsWhetherCasesDisposedOfBeforeTheColumnExistedWereClosedInTime() {
		List<Long> disposed = jdbc.sql("""
				select id from information_request
				where status in ('ANSWERED', 'CLOSED', 'ARCHIVED') and closed_in_time is not null order by id""")
			.query(Long.class)
			.list();
		assertThat(disposed).as("the demo data has disposed cases").isNotEmpty();
		List<Boolean> recorded = jdbc
			.sql("select closed_in_time from information_request where id in (:ids) order by id")
			.param("ids", disposed)
			.query(Boolean.class)
			.list();
		assertThat(recorded).as("some closed in time").contains(true);
		jdbc.sql("update information_request set closed_in_time = null where id in (:ids)")
			.param("ids", disposed)
			.update();

		sweep.run();

		assertThat(jdbc.sql("select closed_in_time from information_request where id in (:ids) order by id")
			.param("ids", disposed)
			.query(Boolean.class)
			.list()).as("the sweep writes what the save wrote").isEqualTo(recorded);
	}

	@Test
	void aCaseFirstSweptNearItsDueDateGetsOneReminderNotOnePerLeadTime() {
		LocalDate received = LocalDate.of(2025, 5, 6);
		InformationRequest request = assignedRequest(received);

		clock.setDay(calendar.addWorkingDays(received, 19));
		sweep.run();

		assertThat(mailsAbout(request.getTrackingCode())).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).contains("剩 1 个工作日"));
	}

	@Test
	void twoInstancesSweepingAtOnceSendEachReminderOnce() throws Exception {
		LocalDate received = LocalDate.of(2025, 6, 3);
		InformationRequest request = assignedRequest(received);
		clock.setDay(calendar.addWorkingDays(received, 16));

		CompletableFuture<RequestSweep.Result> one = CompletableFuture.supplyAsync(sweep::run);
		CompletableFuture<RequestSweep.Result> two = CompletableFuture.supplyAsync(sweep::run);
		one.get();
		two.get();

		assertThat(mailsAbout(request.getTrackingCode())).hasSize(1);
		assertThat(jdbc.sql("select count(*) from request_reminder where request_id = :id")
			.param("id", request.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theIndexedDueDateFollowsAPausedClockWithoutTouchingTheVersion() {
		LocalDate received = LocalDate.of(2025, 7, 1);
		InformationRequest request = assignedRequest(received);
		handling.consult(staff("handler"), request.getId(), null, ConsultationKind.OTHER_AGENCY, "卧龙区财政局", received);
		int version = handling.show(staff("handler"), request.getId()).getVersion();
		LocalDate indexedBefore = dueIndex(request.getId());

		clock.setDay(calendar.addWorkingDays(received, 10));
		sweep.run();

		assertThat(dueIndex(request.getId())).isAfter(indexedBefore)
			.isEqualTo(handling.deadlineStatusOf(handling.show(staff("handler"), request.getId())).replyDue());
		assertThat(handling.show(staff("handler"), request.getId()).getVersion()).isEqualTo(version);
	}

	private LocalDate dueIndex(long id) {
		return jdbc.sql("select due_index from information_request where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

}
