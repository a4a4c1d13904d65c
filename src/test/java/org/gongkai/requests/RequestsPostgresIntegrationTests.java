package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.PostgresIntegrationTest;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module on PostgreSQL, as production runs it: the migrations, the aggregate's
 * mapping, documents as bytea, the statistics and list queries, the tracking limit, and
 * idempotent submission under real concurrent transactions.
 */
class RequestsPostgresIntegrationTests extends PostgresIntegrationTest {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	RequestSearch search;

	@Autowired
	RequestSweep sweep;

	@Autowired
	ApplicantTracking tracking;

	@Autowired
	RequestExport export;

	@Autowired
	Agencies agencies;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long commerce() {
		return agencies.findAll()
			.stream()
			.filter(a -> a.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

	@Test
	void runsTheWholeLifecycleWithDocumentsAndCountsItInTableThree() {
		LocalDate today = LocalDate.now(clock);
		var before = statistics.forYear(commerce(), today.getYear());
		var submission = intake.submit(commerce(),
				new InformationRequest.Intake(Channel.ONLINE, today, null, null, null),
				Fixtures.companyDraft(ApplicantType.COMMERCIAL_ENTERPRISE), "pg:" + System.nanoTime(),
				List.of(new UploadedFile("营业执照.png", RequestDocumentsTests.PNG)), Actor.PUBLIC);
		long id = submission.reference().id();

		handling.confirmReceipt(staff("registrar"), id, null, today);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		handling.consult(staff("handler"), id, null, ConsultationKind.THIRD_PARTY, "某公司", today);
		assertThat(search.paused(List.of(commerce()), staff("handler").id(), today, 100))
			.extracting(RequestSearch.Row::id)
			.contains(id);
		handling.recordConsultationAnswer(staff("handler"), id, null, 1, today, "不同意");
		handling.requestExtension(staff("handler"), id, null, 5, "需要补充调查");
		handling.decideExtension(staff("head"), id, null, true, null, null, false);
		handling.draftReply(staff("handler"), id, null, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, null, "涉及商业秘密");
		handling.review(staff("reviewer"), id, null, true, "同意");
		long reply = handling.attach(staff("handler"), id, DocumentKind.REPLY,
				new UploadedFile("答复书.pdf", RequestDocumentsTests.PDF));
		handling.answer(staff("handler"), id, null, today, DeliveryMethod.POST);
		handling.recordService(staff("handler"), id, null, today);
		handling.attach(staff("handler"), id, DocumentKind.PROOF_OF_SERVICE,
				new UploadedFile("回执.jpg", RequestDocumentsTests.JPEG));
		handling.archive(staff("handler"), id, null);

		assertThat(handling.show(staff("handler"), id).getStatus()).isEqualTo(RequestStatus.ARCHIVED);
		assertThat(handling.download(staff("handler"), id, reply).content()).isEqualTo(RequestDocumentsTests.PDF);
		var after = statistics.forYear(commerce(), today.getYear());
		assertThat(after.row(Outcome.WITHHELD_THIRD_PARTY_RIGHTS).commercialEnterprise())
			.isEqualTo(before.row(Outcome.WITHHELD_THIRD_PARTY_RIGHTS).commercialEnterprise() + 1);
		assertThat(after.row("newlyReceived").total() + after.row("carriedOver").total())
			.isEqualTo(after.row("totalProcessed").total() + after.row("carriedForward").total());
		var status = tracking.look(submission.reference().trackingCode(), submission.accessCode(), "192.0.2.1");
		assertThat(status.documents()).extracting(ApplicantTracking.ServedDocument::filename)
			.contains("营业执照.png", "答复书.pdf")
			.doesNotContain("回执.jpg");
		assertThatThrownBy(() -> handling.answer(staff("handler"), id, null, today, DeliveryMethod.POST))
			.hasMessageContaining("归档");
	}

	@Test
	void listsDeadlinesSweepAndExportRunOnPostgres() {
		var page = search.search(new RequestSearch.Filter(List.of(commerce()), Set.of(RequestStatus.IN_HANDLING), null,
				ApplicantType.NATURAL_PERSON, LocalDate.of(2000, 1, 1), LocalDate.now(clock), null, "卧龙", null, 5));
		assertThat(page.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(RequestStatus.IN_HANDLING));
		assertThat(search.runningDue(List.of(commerce()), null, null, LocalDate.now(clock).plusYears(1),
				LocalDate.now(clock), 50))
			.isNotEmpty();
		assertThat(search.runningDue(List.of(commerce()), staff("handler").id(), null,
				LocalDate.now(clock).plusYears(1), LocalDate.now(clock), 50))
			.allSatisfy(row -> assertThat(row.handlerId()).isEqualTo(staff("handler").id()));
		assertThat(sweep.run().refreshed()).isGreaterThanOrEqualTo(0);
		assertThat(export.xlsx(RequestSearch.Filter.of(List.of(commerce())), Locale.SIMPLIFIED_CHINESE)).isNotEmpty();
	}

	@Test
	void concurrentSubmissionsUnderOneKeyMakeOneApplication() throws Exception {
		String key = "pg-concurrent:" + System.nanoTime();
		List<String> codes = Fixtures.concurrently(6,
				() -> intake
					.submit(commerce(),
							new InformationRequest.Intake(Channel.ONLINE, LocalDate.now(clock), null, null, null),
							Fixtures.personDraft(), key, List.of(), Actor.PUBLIC)
					.reference()
					.trackingCode());

		assertThat(new HashSet<>(codes)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from information_request where submission_key = :k")
			.param("k", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void trackingFailuresAreCountedPerAddressInTheDatabase() {
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> tracking.look("GK-0000-0000-00", "ABCDEFGH", "198.51.100.9"))
				.isInstanceOf(ApplicantTracking.NotVerified.class);
		}
		assertThatThrownBy(() -> tracking.look("GK-0000-0000-00", "ABCDEFGH", "198.51.100.9"))
			.isInstanceOf(ApplicantTracking.TooManyAttempts.class);
	}

}
