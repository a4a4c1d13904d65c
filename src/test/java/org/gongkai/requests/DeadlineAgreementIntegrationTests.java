package org.gongkai.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One clock for every view (issue 11, items 1 and 2; Articles 32, 33, 34): generated
 * cases, many with a consultation nobody answers, read on many days (weekends and
 * holidays included) by the case page, the list badge, the overdue, due-soon and paused
 * views (the 督办 view is the same views over the supervised agencies), the console's
 * overdue count and the overdue reminders; every view must give the case page's answer,
 * and late means any day after the due date.
 */
class DeadlineAgreementIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	RequestSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestNotices notices;

	/** A consultation answer to record once the clock reaches its day. */
	record Answer(long id, int number, LocalDate on) {
	}

	private final List<Answer> pending = new ArrayList<>();

	/** What the comparison covered, for the closing note of issue 11. */
	record Compared(int cases, int days, int comparisons, List<String> disagreements) {
	}

	@Test
	void everyListViewAndReminderReadsTheCasePagesClockOnGeneratedCases() throws Exception {
		LocalDate first = LocalDate.of(2026, 3, 2);
		List<Long> cases = generatedCases(new Random(11), first, 30);
		String token = "Bearer " + tokens.create(staff("head"), "deadline agreement");
		List<LocalDate> days = new ArrayList<>();
		// Every other day, weekends and holidays (清明, 劳动节) included, from the day after
		// the
		// last consultation letter can have been sent.
		for (LocalDate day = LocalDate.of(2026, 3, 25); day
			.isBefore(LocalDate.of(2026, 5, 20)); day = day.plusDays(2)) {
			days.add(day);
		}
		Compared compared = compare(cases, days, first, token);

		System.out.printf("Deadline agreement: %d cases on %d days, %d view comparisons, %d disagreements%n",
				compared.cases(), compared.days(), compared.comparisons(), compared.disagreements().size());
		assertThat(compared.disagreements()).isEmpty();
		assertThat(compared.comparisons()).isGreaterThanOrEqualTo(cases.size() * days.size() * 5 + days.size());
	}

	@Test
	void aConsultationNobodyAnswersStopsPausingWhenItsFifteenWorkingDaysEnd() throws Exception {
		LocalDate received = LocalDate.of(2026, 3, 2);
		long id = assignedCase(received);
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "南阳某实业有限公司", received);
		LocalDate termEnds = calendar.addWorkingDays(received, StatutoryTerms.CONSULTATION_DAYS);
		String token = "Bearer " + tokens.create(staff("head"), "unanswered consultation");

		clock.setDay(termEnds);
		sweep.refreshDueIndex(termEnds);
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), id)).badge())
			.isEqualTo(DeadlineStatus.Badge.PAUSED);
		assertThat(view(token, "paused")).contains((int) id);

		LocalDate after = calendar.addWorkingDays(termEnds, 1);
		clock.setDay(after);
		sweep.refreshDueIndex(after);
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), id)).badge())
			.isNotEqualTo(DeadlineStatus.Badge.PAUSED);
		assertThat(view(token, "paused")).doesNotContain((int) id);
		assertThat(listBadges(token, received, received)).containsEntry(id,
				handling.deadlineStatusOf(handling.show(staff("handler"), id)).badge().name());
	}

	@Test
	void lateMeansAnyDayAfterTheDueDateTheWeekendAfterItIncluded() throws Exception {
		LocalDate received = LocalDate.of(2026, 6, 1);
		while (calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS).getDayOfWeek() != DayOfWeek.FRIDAY) {
			received = calendar.addWorkingDays(received, 1);
		}
		long id = assignedCase(received);
		long answered = assignedCase(received);
		LocalDate friday = calendar.addWorkingDays(received, StatutoryTerms.REPLY_DAYS);
		LocalDate saturday = friday.plusDays(1);
		String token = "Bearer " + tokens.create(staff("head"), "late on saturday");

		clock.setDay(saturday);
		sweep.refreshDueIndex(saturday);

		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), id)).badge())
			.isEqualTo(DeadlineStatus.Badge.LATE);
		assertThat(listBadges(token, received, received)).containsEntry(id, "LATE");
		assertThat(view(token, "overdue")).contains((int) id);
		assertThat(view(token, "due-soon")).doesNotContain((int) id);
		assertThat(overdueCount()).isEqualTo(allOverdue(token));
		handling.draftReply(staff("handler"), answered, null, Outcome.GRANTED, null, "答复");
		handling.review(staff("reviewer"), answered, null, true, "同意");
		handling.answer(staff("handler"), answered, null, saturday, DeliveryMethod.EMAIL);
		assertThat(handling.deadlineStatusOf(handling.show(staff("handler"), answered)).inTime()).isFalse();
	}

	/**
	 * {@code count} cases received on working days from {@code first}: none, one or two
	 * consultations, each answered within its term, after it or never.
	 */
	private List<Long> generatedCases(Random random, LocalDate first, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate received = calendar.addWorkingDays(first.minusDays(1), 1 + random.nextInt(12));
			long id = assignedCase(received);
			int consultations = random.nextInt(3);
			for (int n = 0; n < consultations; n++) {
				LocalDate sent = calendar.addWorkingDays(received, random.nextInt(6));
				clock.setDay(sent);
				ConsultationKind kind = random.nextBoolean() ? ConsultationKind.THIRD_PARTY
						: ConsultationKind.OTHER_AGENCY;
				handling.consult(staff("handler"), id, null, kind, "第三方" + n, sent);
				int fate = random.nextInt(3);
				if (fate == 0) {
					pending.add(new Answer(id, n + 1, calendar.addWorkingDays(sent, 1 + random.nextInt(14))));
				}
				else if (fate == 1) {
					pending.add(new Answer(id, n + 1, calendar.addWorkingDays(sent, 16 + random.nextInt(10))));
				}
			}
			ids.add(id);
		}
		return ids;
	}

	private Compared compare(List<Long> cases, List<LocalDate> days, LocalDate first, String token) throws Exception {
		List<String> disagreements = new ArrayList<>();
		int comparisons = 0;
		for (LocalDate day : days) {
			for (Answer answer : List.copyOf(pending)) {
				if (!answer.on().isAfter(day)) {
					clock.setDay(answer.on());
					handling.recordConsultationAnswer(staff("handler"), answer.id(), null, answer.number(), answer.on(),
							"无意见");
					pending.remove(answer);
				}
			}
			clock.setDay(day);
			sweep.refreshDueIndex(day);
			sweep.sendReminders(day);
			Map<Long, String> listed = listBadges(token, first, first.plusDays(30));
			Set<Integer> overdue = new HashSet<>(view(token, "overdue"));
			Set<Integer> dueSoon = new HashSet<>(view(token, "due-soon"));
			Set<Integer> paused = new HashSet<>(view(token, "paused"));
			comparisons++;
			if (overdueCount() != allOverdue(token)) {
				disagreements.add(day + ": console count " + overdueCount() + ", overdue view " + allOverdue(token));
			}
			for (long id : cases) {
				DeadlineStatus page = handling.deadlineStatusOf(handling.show(staff("handler"), id));
				String badge = page.badge().name();
				String where = day + " " + DayOfWeek.from(day) + " case " + id + " page " + badge + " due "
						+ page.replyDue();
				comparisons += 5;
				if (!badge.equals(listed.get(id))) {
					disagreements.add(where + ": list " + listed.get(id));
				}
				if (overdue.contains((int) id) != (page.badge() == DeadlineStatus.Badge.LATE)) {
					disagreements.add(where + ": overdue view " + overdue.contains((int) id));
				}
				if (dueSoon.contains((int) id) != (page.badge() == DeadlineStatus.Badge.SOON)) {
					disagreements.add(where + ": due-soon view " + dueSoon.contains((int) id));
				}
				if (paused.contains((int) id) != (page.badge() == DeadlineStatus.Badge.PAUSED)) {
					disagreements.add(where + ": paused view " + paused.contains((int) id));
				}
				boolean reminded = page.replyDue() != null && reminders(id).contains("overdue:" + page.replyDue());
				if (reminded != (page.badge() == DeadlineStatus.Badge.LATE)) {
					disagreements.add(where + ": overdue reminder " + reminded);
				}
			}
		}
		return new Compared(cases.size(), days.size(), comparisons, disagreements);
	}

	private Map<Long, String> listBadges(String token, LocalDate from, LocalDate to) throws Exception {
		String body = mvc
			.perform(get("/api/v1/requests").param("agencyId", String.valueOf(commerce()))
				.param("receivedFrom", from.toString())
				.param("receivedTo", to.toString())
				.param("limit", "500")
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(body, "$.items[*].id");
		List<String> badges = JsonPath.read(body, "$.items[*].badge");
		Map<Long, String> listed = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			listed.put(ids.get(i).longValue(), badges.get(i));
		}
		return listed;
	}

	private List<Integer> view(String token, String view) throws Exception {
		String body = mvc
			.perform(get("/api/v1/requests/deadlines").param("view", view)
				.param("agencyId", String.valueOf(commerce()))
				.param("limit", "500")
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$[*].id");
	}

	/** The overdue count of the console's notices for the demo office head. */
	private long overdueCount() {
		return notices.notices(staff("head"))
			.stream()
			.filter(notice -> notice.level().equals("error"))
			.map(notice -> Long.parseLong(notice.message().replaceAll("\\D", "")))
			.findFirst()
			.orElse(0L);
	}

	/** How many cases the overdue view lists over all the head's agencies. */
	private long allOverdue(String token) throws Exception {
		String body = mvc
			.perform(get("/api/v1/requests/deadlines").param("view", "overdue")
				.param("limit", "500")
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(body, "$[*].id");
		assertThat(ids).hasSizeLessThan(500);
		return ids.size();
	}

	private List<String> reminders(long id) {
		return jdbc.sql("select kind from request_reminder where request_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
	}

}
