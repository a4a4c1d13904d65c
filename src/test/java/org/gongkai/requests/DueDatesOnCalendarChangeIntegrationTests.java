package org.gongkai.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provisional deadline in a year without a calendar moves to its true day as soon as
 * the notice is loaded.
 */
class DueDatesOnCalendarChangeIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	CalendarAdministration calendarAdministration;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void withdrawTheTestNotice() {
		signInAs("admin");
		calendarAdministration.withdraw(2027);
		SecurityContextHolder.clearContext();
	}

	@Test
	void indexedDueDateFollowsANewlyLoadedHolidayNoticeWithoutWaitingForTheSweep() throws Exception {
		LocalDate received = LocalDate.of(2026, 12, 14); // a Monday; 20 working days
															// reach into January 2027
		clock.setDay(received);
		long id = intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.IN_PERSON, received, null, null, null), Fixtures.person(),
					Fixtures.sought(), null, null), Actor.PUBLIC)
			.reference()
			.id();
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		// No 2027 notice: 元旦 predicted off (issue 11 item 4), so 13 working days to 31
		// December, then 4–8, 11 and 12 January.
		assertThat(dueIndex(id)).isEqualTo(LocalDate.of(2027, 1, 12));

		signInAs("admin");
		calendarAdministration.loadLines("2027", "", "2027-01-01~2027-01-03 元旦 休\n2027-01-04~2027-01-08 测试 休");
		SecurityContextHolder.clearContext();

		// With 1 and 4–8 January off: 11–15 January and the 18th and 19th complete the 20
		// days.
		LocalDate expected = LocalDate.of(2027, 1, 19);
		Instant until = Instant.ofEpochMilli(System.nanoTime() / 1_000_000).plus(Duration.ofSeconds(20));
		while (!expected.equals(dueIndex(id)) && Instant.ofEpochMilli(System.nanoTime() / 1_000_000).isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(dueIndex(id)).isEqualTo(expected);
	}

	private LocalDate dueIndex(long id) {
		return jdbc.sql("select due_index from information_request where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

	private void signInAs(String username) {
		var principal = staff(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

}
