package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API other modules use: look an application up, reopen it after an appeal, and how
 * statistics count the reopening.
 */
class RequestDirectoryIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestDirectory directory;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestStore store;

	long answeredApplication(Outcome outcome) {
		var submission = intake.submit(new RequestIntake.NewApplication(commerce(),
				new InformationRequest.Intake(Channel.IN_PERSON, clock.today(), null, null, null), Fixtures.person(),
				Fixtures.sought(), null, null), Actor.PUBLIC);
		long id = submission.reference().id();
		StaffPrincipal registrar = staff("registrar");
		handling.accept(registrar, id, null, staff("handler").id());
		handling.draftReply(staff("handler"), id, null, outcome, null, "答复");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, null, DeliveryMethod.EMAIL);
		return id;
	}

	@Test
	void findsAnApplicationByIdentifierWithItsOutcome() {
		long id = answeredApplication(Outcome.GRANTED);

		RequestReference found = directory.find(id).orElseThrow();

		assertThat(found.agencyId()).isEqualTo(commerce());
		assertThat(found.status()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(found.outcome()).isEqualTo(Outcome.GRANTED);
		assertThat(found.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(found.receivedOn()).isEqualTo(TODAY);
		assertThat(found.applicantName()).isEqualTo(Fixtures.person().name());
		assertThat(found.infoTitle()).isEqualTo(Fixtures.sought().title());
		assertThat(found.closedOn()).isEqualTo(TODAY);
		assertThat(found).isEqualTo(store.load(id).reference());
		assertThat(directory.findByTrackingCode(found.trackingCode())).contains(found);
		assertThat(directory.find(987654321L)).isEmpty();
	}

	@Test
	void theReopenedRoundsOfAYearAreCountedForTheNotesOfTheAnnualReport() {
		long id = answeredApplication(Outcome.GRANTED);
		clock.setDay(LocalDate.of(2026, 3, 10));
		long before = statistics.reopenedRounds(commerce(), 2026);
		long before2025 = statistics.reopenedRounds(commerce(), 2025);

		directory.reopen(id, "卧政复决〔2026〕7 号 责令重新答复", "appeals-clerk");

		assertThat(statistics.reopenedRounds(commerce(), 2026)).isEqualTo(before + 1);
		assertThat(statistics.reopenedRounds(commerce(), 2025)).isEqualTo(before2025);
	}

	@Test
	void reopeningStartsANewRoundCountedAsNewlyReceivedInTheYearOfReopening() {
		long id = answeredApplication(Outcome.UNAVAILABLE_NOT_HELD);
		clock.setDay(LocalDate.of(2026, 2, 10));
		var y2025Before = statistics.forYear(commerce(), 2025);
		var y2026Before = statistics.forYear(commerce(), 2026);

		directory.reopen(id, "卧政复决〔2026〕3 号 责令重新答复", "appeals-clerk");

		RequestReference reopened = directory.find(id).orElseThrow();
		assertThat(reopened.status()).isEqualTo(RequestStatus.IN_HANDLING);
		assertThat(reopened.outcome()).isNull();
		assertThat(reopened.closedOn()).isNull();
		var y2025 = statistics.forYear(commerce(), 2025);
		var y2026 = statistics.forYear(commerce(), 2026);
		// The earlier disposal stays in 2025; the new round is newly received and open in
		// 2026.
		assertThat(y2025).isEqualTo(y2025Before);
		assertThat(y2026.row("newlyReceived").naturalPerson())
			.isEqualTo(y2026Before.row("newlyReceived").naturalPerson() + 1);
		assertThat(y2026.row("carriedForward").naturalPerson())
			.isEqualTo(y2026Before.row("carriedForward").naturalPerson() + 1);
		assertThat(y2026.row("carriedOver")).isEqualTo(y2026Before.row("carriedOver"));
		List<String> actions = jdbc.sql("select action from request_history where request_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(actions).endsWith("request.reopened");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'request.reopened' and subject_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOpenApplicationCannotBeReopened() {
		var submission = intake.submit(new RequestIntake.NewApplication(commerce(),
				new InformationRequest.Intake(Channel.IN_PERSON, clock.today(), null, null, null), Fixtures.person(),
				Fixtures.sought(), null, null), Actor.PUBLIC);

		assertThatThrownBy(() -> directory.reopen(submission.reference().id(), "复议纠正", "appeals-clerk"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能重新办理");
	}

}
