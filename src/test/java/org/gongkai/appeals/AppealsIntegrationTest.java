package org.gongkai.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.DemoStaff;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.Actor;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.InformationSought;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.shared.IdentifierChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Spring context the module's integration tests share: the whole application on its
 * private H2 with demo data and the system clock, configured exactly like the
 * application's other full-boot tests so that the cached context is reused. Tests take
 * "today" from the injected clock and build applications through the applications
 * module's API.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AppealsIntegrationTest {

	@Autowired
	protected Clock clock;

	@Autowired
	protected RequestIntake intake;

	@Autowired
	protected RequestHandling requestHandling;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected DemoStaff demo;

	protected LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The demo staff member {@code username}, signed in. */
	protected StaffPrincipal staff(String username) {
		return demo.staff(username);
	}

	protected long agency(String name) {
		return demo.agency(name);
	}

	protected long commerce() {
		return demo.commerce();
	}

	/**
	 * An application to agency {@code agencyId} received in person today, and nothing
	 * more.
	 */
	protected long receivedApplication(long agencyId) {
		return receivedApplication(agencyId, today());
	}

	/**
	 * An application to agency {@code agencyId} received in person on {@code receivedOn},
	 * and nothing more.
	 */
	protected long receivedApplication(long agencyId, LocalDate receivedOn) {
		Applicant applicant = new Applicant(ApplicantType.NATURAL_PERSON, "王小明", IdDocumentType.RESIDENT_ID,
				IdentifierChecks.withIdentityCheck("41130319850612002"), null, "13800138000", "wang@example.cn",
				"河南省南阳市卧龙区建设路 8 号", "473000");
		InformationSought sought = new InformationSought("2024 年度商贸流通专项资金分配结果", "宛龙商〔2024〕12 号", "请公开资金分配明细",
				FormWanted.ELECTRONIC, DeliveryMethod.EMAIL);
		return intake
			.submit(new RequestIntake.NewApplication(agencyId,
					new InformationRequest.Intake(Channel.IN_PERSON, receivedOn, null, null, null), applicant, sought,
					null, null), Actor.PUBLIC)
			.reference()
			.id();
	}

	/** An application of 卧龙区商务局 answered today with {@code outcome} by the demo staff. */
	protected long answeredApplication(Outcome outcome) {
		return answeredApplication(outcome, today(), null);
	}

	/**
	 * An application of 卧龙区商务局 received on {@code receivedOn} and answered on
	 * {@code repliedOn} ({@code null}: today) with {@code outcome} by the demo staff.
	 */
	protected long answeredApplication(Outcome outcome, LocalDate receivedOn, LocalDate repliedOn) {
		long id = receivedApplication(commerce(), receivedOn);
		requestHandling.accept(staff("registrar"), id, null, staff("handler").id());
		requestHandling.draftReply(staff("handler"), id, null, outcome, null, "经检索，本机关未制作或获取该信息。");
		requestHandling.review(staff("reviewer"), id, null, true, null);
		requestHandling.answer(staff("handler"), id, null, repliedOn, DeliveryMethod.EMAIL);
		return id;
	}

	/**
	 * The new-case request for a reconsideration of application {@code requestId} filed
	 * on {@code filedOn}.
	 */
	protected AppealHandling.NewAppeal reconsiderationOf(long requestId, LocalDate filedOn) {
		return new AppealHandling.NewAppeal(commerce(), AppealKind.RECONSIDERATION, Long.toString(requestId), null,
				null, null, null, null, new CaseFacts("南阳市卧龙区人民政府", null, filedOn, ContestedAct.REPLY, "撤销答复"), null);
	}

	/**
	 * The new-case request for a reconsideration of application {@code requestId} filed
	 * today.
	 */
	protected AppealHandling.NewAppeal reconsiderationOf(long requestId) {
		return new AppealHandling.NewAppeal(commerce(), AppealKind.RECONSIDERATION, Long.toString(requestId), null,
				null, null, null, null, new CaseFacts("南阳市卧龙区人民政府", null, today(), ContestedAct.REPLY, "撤销答复"), null);
	}

	/**
	 * The new-case request for a reconsideration of an older application of
	 * {@code agencyId}, outside the system.
	 */
	protected AppealHandling.NewAppeal olderCase(long agencyId, AppealKind kind, LocalDate filedOn) {
		return new AppealHandling.NewAppeal(agencyId, kind, null, null, "旧申请 " + filedOn, ApplicantType.NATURAL_PERSON,
				"李四", filedOn.minusDays(30), new CaseFacts("南阳市卧龙区人民政府", null, filedOn, ContestedAct.REPLY, null),
				null);
	}

	protected String requestStatus(long requestId) {
		return jdbc.sql("select status from information_request where id = :id")
			.param("id", requestId)
			.query(String.class)
			.single();
	}

	protected long auditEntries(String subjectType, long subjectId) {
		return jdbc.sql("select count(*) from audit_entry where subject_type = :type and subject_id = :id")
			.param("type", subjectType)
			.param("id", Long.toString(subjectId))
			.query(Long.class)
			.single();
	}

}
