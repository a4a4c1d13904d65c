package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.CaseFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办 figures of a year count the cases closed on time in one query over
 * {@code closed_in_time} (issue 17 review), and give the figure that loading and reading
 * every closed case gave: on time, late, extended and answered within the extension, and
 * a case disposed before the column existed.
 */
class CaseFiguresIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestWorkItems figures;

	@Autowired
	RequestStore store;

	@Autowired
	RequestDeadlines deadlines;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClosedOnTimeCountedInSqlIsTheFigureReadCaseByCase() {
		LocalDate received = LocalDate.of(2025, 6, 2);
		LocalDate due = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		long onTime = answered(assignedCase(received), received.plusDays(7));
		long late = answered(assignedCase(received), due.plusDays(4));
		long extended = assignedCase(received);
		handling.requestExtension(staff("handler"), extended, null, 10, "需调取档案");
		handling.decideExtension(staff("head"), extended, null, true, null, null, false);
		answered(extended, due.plusDays(4));
		long legacy = answered(assignedCase(received), received.plusDays(8));
		jdbc.sql("update information_request set closed_in_time = null where id = :id").param("id", legacy).update();

		assertThat(closedInTime(onTime)).isTrue();
		assertThat(closedInTime(late)).isFalse();
		assertThat(closedInTime(extended)).isTrue();
		LocalDate today = LocalDate.of(2025, 12, 31);
		CaseFigures.Figures counted = figures.forYear(List.of(commerce()), 2025, today).get(commerce());
		List<Long> closed = jdbc.sql("""
				select id from information_request
				 where agency_id = :agency and closed_on >= :first and closed_on <= :last
				   and status in ('ANSWERED', 'CLOSED', 'ARCHIVED')
				""")
			.param("agency", commerce())
			.param("first", LocalDate.of(2025, 1, 1))
			.param("last", today)
			.query(Long.class)
			.list();
		long readOneByOne = closed.stream()
			.map(store::load)
			.filter(request -> Boolean.TRUE.equals(deadlines.read(request, today).inTime()))
			.count();

		assertThat(counted.closed()).isEqualTo(closed.size()).isGreaterThanOrEqualTo(4);
		assertThat(counted.closedOnTime()).isEqualTo(readOneByOne).isGreaterThanOrEqualTo(3);
		assertThat(counted.closedOnTime()).isLessThan(counted.closed());
	}

	private long answered(long id, LocalDate on) {
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		handling.review(staff("reviewer"), id, null, true, null);
		clock.setDay(on);
		handling.answer(staff("handler"), id, null, on, DeliveryMethod.POST);
		return id;
	}

	private Boolean closedInTime(long id) {
		return jdbc.sql("select closed_in_time from information_request where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

}
