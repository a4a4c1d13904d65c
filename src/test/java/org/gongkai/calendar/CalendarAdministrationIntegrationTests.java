package org.gongkai.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.calendar.Fixtures.date;

/**
 * Loading and withdrawing a year's notice against the database: validation before any
 * write, the audit trail, the revision that other instances follow, and deadlines
 * recomputed when a missing year arrives. Each test leaves the 2027 calendar missing
 * again, as it ships.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdministrationIntegrationTests {

	@Autowired
	CalendarAdministration administration;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	DeadlineRules clock;

	@Autowired
	StoredNotices store;

	@Autowired
	CalendarProperties properties;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void restore() {
		for (int year : List.of(2027, 2026)) {
			if (store.loads(year).stream().anyMatch(load -> !load.withdrawn())) {
				store.withdraw(year, "test", Instant.EPOCH);
				store.bumpRevision();
			}
		}
		calendar.replace(CalendarRefresh.effective(ShippedNotices.all(), store.inForce()));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void anUploadedYearAppliesAtOnceIsAuditedAndRecomputesProvisionalDeadlines() {
		DeadlineFacts facts = DeadlineFacts.receivedOn(date("2026-12-08"));
		DerivedDeadlines before = clock.read(facts, date("2026-12-08"));
		assertThat(before.replyDue()).as("元旦 2027 predicted off").isEqualTo(date("2027-01-06"));
		assertThat(before.provisional()).isTrue();
		long revision = store.revision();
		long audited = auditEntries("calendar.year-loaded");

		CalendarAdministration.LoadResult result = administration
			.loadJson(Fixtures.notice2027Json().getBytes(StandardCharsets.UTF_8), "2027.json");

		assertThat(result.changed()).isTrue();
		assertThat(result.added()).hasSize(10);
		assertThat(store.revision()).isEqualTo(revision + 1);
		assertThat(calendar.isKnownYear(2027)).as("applied on this instance after commit").isTrue();
		DerivedDeadlines after = clock.read(facts, date("2026-12-08"));
		assertThat(after.replyDue()).isEqualTo(date("2027-01-06"));
		assertThat(after.provisional()).isFalse();
		assertThat(auditEntries("calendar.year-loaded")).isEqualTo(audited + 1);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'calendar.year-loaded' order by seq desc")
			.query(String.class)
			.list()
			.get(0)).contains("2027 年节假日安排", "上传文件 2027.json", "休息日 8 天", "调休上班日 2 天");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void loadingTheSameNoticeAgainChangesNothing() {
		administration.loadJson(Fixtures.notice2027Json().getBytes(StandardCharsets.UTF_8), "2027.json");
		long revision = store.revision();
		long loads = store.loads(2027).size();

		CalendarAdministration.LoadResult again = administration.loadLines("2027",
				"https://www.gov.cn/zhengce/test-2027.htm", NoticeFormat.toLines(Fixtures.notice2027()));

		assertThat(again.changed()).isFalse();
		assertThat(store.revision()).isEqualTo(revision);
		assertThat(store.loads(2027)).hasSize((int) loads);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void aMalformedUploadIsRejectedAndChangesNothing() {
		long revision = store.revision();
		long audited = auditEntries("calendar.");
		int loads = store.loads(null).size();
		String broken = Fixtures.notice2027Json().replace("\"2027-02-13\"", "\"2027-02-30\"");

		assertThatThrownBy(() -> administration.loadJson(broken.getBytes(StandardCharsets.UTF_8), "2027.json"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("2027-02-30");
		assertThatThrownBy(() -> administration.loadJson(new byte[] { 'P', 'K', 3, 4 }, "2027.json"))
			.isInstanceOf(InvalidInput.class);

		assertThat(store.revision()).isEqualTo(revision);
		assertThat(store.loads(null)).hasSize(loads);
		assertThat(auditEntries("calendar.")).isEqualTo(audited);
		assertThat(calendar.isKnownYear(2027)).isFalse();
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void onlyAdministratorsMayLoadANotice() {
		assertThatThrownBy(
				() -> administration.loadJson(Fixtures.notice2027Json().getBytes(StandardCharsets.UTF_8), "x.json"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(calendar.isKnownYear(2027)).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void anUploadOverridesAShippedYearAndAWithdrawalRestoresIt() {
		assertThat(calendar.isWorkingDay(date("2026-02-28"))).isTrue();
		// A corrected 2026 notice without the make-up Saturday of 02-28.
		String lines = NoticeFormat.toLines(calendar.notice(2026).orElseThrow()).replace("2026-02-28 春节 班\n", "");
		CalendarAdministration.LoadResult result = administration.loadLines("2026", "", lines);
		assertThat(result.removed()).extracting(DeclaredDay::date).containsExactly(date("2026-02-28"));
		assertThat(calendar.isWorkingDay(date("2026-02-28"))).isFalse();
		assertThat(administration.years(date("2026-11-27"))).filteredOn(status -> status.year() == 2026)
			.singleElement()
			.satisfies(status -> assertThat(status.source()).isEqualTo(NoticeSource.FORM));

		administration.withdraw(2026);

		assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("shipped data again").isTrue();
		assertThat(auditEntries("calendar.year-withdrawn")).isPositive();
		assertThatThrownBy(() -> administration.withdraw(2026)).isInstanceOf(RuleViolation.class);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
	void anotherInstancePicksUpALoadedYearOnItsNextCheck() {
		// A second instance: its own calendar in memory, the same database.
		WorkingCalendar otherCalendar = WorkingCalendar.shipped();
		CalendarRefresh otherInstance = new CalendarRefresh(otherCalendar, store, properties);
		otherInstance.refresh();
		assertThat(otherInstance.refresh()).as("nothing changed: one cheap query, no reload").isFalse();
		assertThat(otherCalendar.isKnownYear(2027)).isFalse();

		administration.loadJson(Fixtures.notice2027Json().getBytes(StandardCharsets.UTF_8), "2027.json");

		assertThat(otherCalendar.isKnownYear(2027)).as("not before its next check").isFalse();
		assertThat(otherInstance.refresh()).isTrue();
		assertThat(otherCalendar.isKnownYear(2027)).isTrue();
		assertThat(otherCalendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(date("2027-01-04"));
	}

	private long auditEntries(String actionPrefix) {
		return jdbc.sql("select count(*) from audit_entry where action like :action")
			.param("action", actionPrefix + "%")
			.query(Long.class)
			.single();
	}

}
