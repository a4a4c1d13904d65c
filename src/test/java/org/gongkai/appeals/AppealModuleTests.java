package org.gongkai.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.Actor;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.InformationSought;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestReopened;
import org.gongkai.shared.IdentifierChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeals module booted with the modules it depends on, and nothing else: a 纠正 result
 * of a reconsideration reopens the application through the applications module's API,
 * which announces it with {@link RequestReopened}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
class AppealModuleTests {

	@Autowired
	AppealHandling appeals;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling requests;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCorrectingResultReopensTheApplication(Scenario scenario) {
		LocalDate today = LocalDate.now(clock);
		long commerce = agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
		long requestId = answeredApplication(commerce, today);
		AppealCase appeal = appeals.register(staff("handler"),
				new AppealHandling.NewAppeal(commerce, AppealKind.RECONSIDERATION, Long.toString(requestId), null, null,
						null, null, null, new CaseFacts("南阳市卧龙区人民政府", null, today, ContestedAct.REPLY, "撤销答复"), null))
			.appeal();

		scenario
			.stimulate(() -> appeals.decide(staff("handler"), appeal.getId(), appeal.getVersion(),
					new Decision(Disposition.REVOKED, today, "卧政复决〔2026〕7 号", null)))
			.andWaitForEventOfType(RequestReopened.class)
			.matching(event -> event.requestId() == requestId)
			.toArriveAndVerify((event, decided) -> {
				assertThat(event.round()).isEqualTo(2);
				assertThat(event.reason()).contains("行政复议");
				assertThat(decided.getResult()).isEqualTo(AppealResult.CORRECTED);
				assertThat(decided.getRequestReopenedOn()).isEqualTo(today);
				assertThat(jdbc.sql("select status from information_request where id = :id")
					.param("id", requestId)
					.query(String.class)
					.single()).isEqualTo("IN_HANDLING");
			});
	}

	private StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

	private long answeredApplication(long agencyId, LocalDate today) {
		Applicant applicant = new Applicant(ApplicantType.NATURAL_PERSON, "王小明", IdDocumentType.RESIDENT_ID,
				IdentifierChecks.withIdentityCheck("41130319850612002"), null, "13800138000", "wang@example.cn",
				"河南省南阳市卧龙区建设路 8 号", "473000");
		InformationSought sought = new InformationSought("2024 年度商贸流通专项资金分配结果", "宛龙商〔2024〕12 号", "请公开资金分配明细",
				FormWanted.ELECTRONIC, DeliveryMethod.EMAIL);
		long id = intake
			.submit(new RequestIntake.NewApplication(agencyId,
					new InformationRequest.Intake(Channel.IN_PERSON, today, null, null, null), applicant, sought, null,
					null), Actor.PUBLIC)
			.reference()
			.id();
		requests.accept(staff("registrar"), id, null, staff("handler").id());
		requests.draftReply(staff("handler"), id, null, Outcome.UNAVAILABLE_NOT_HELD, null, "经检索，本机关未制作或获取该信息。");
		requests.review(staff("reviewer"), id, null, true, null);
		requests.answer(staff("handler"), id, null, null, DeliveryMethod.EMAIL);
		return id;
	}

}
