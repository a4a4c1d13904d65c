package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicLong;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestStatus;
import org.gongkai.shared.Zones;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Cases in every situation, for the module's tests. Unit tests use these with the fixed
 * day {@link #TODAY}.
 */
final class Fixtures {

	/** Monday 16 June 2025. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

	static final Instant NOW = TODAY.atTime(LocalTime.of(10, 0)).atZone(Zones.BEIJING).toInstant();

	static final long AGENCY = 3;

	static final String ACTOR = "handler";

	static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

	static final LocalDate REPLIED = LocalDate.of(2025, 3, 28);

	private static final AtomicLong ids = new AtomicLong(100);

	private Fixtures() {
	}

	/** An application of this system, answered on {@link #REPLIED}. */
	static ApplicationLink.Linked answeredApplication() {
		return new ApplicationLink.Linked(501, AGENCY, "WL25030001", ApplicantType.NATURAL_PERSON, "王小明",
				"2024 年度商贸流通专项资金分配结果", RECEIVED, REPLIED, RequestStatus.ANSWERED);
	}

	/**
	 * An application of this system still being handled (never answered, or reopened).
	 */
	static ApplicationLink.Linked openApplication() {
		return new ApplicationLink.Linked(502, AGENCY, "WL25030002", ApplicantType.NATURAL_PERSON, "李华",
				"卧龙区 2024 年商业网点规划", RECEIVED, null, RequestStatus.IN_HANDLING);
	}

	/** An application from before the system, replied on 20 November 2024. */
	static ApplicationLink.Older olderApplication() {
		return new ApplicationLink.Older("2024 年依申请公开登记簿第 37 号", ApplicantType.COMMERCIAL_ENTERPRISE, "南阳宛商贸易有限公司",
				LocalDate.of(2024, 11, 20));
	}

	static CaseFacts reconsiderationFacts(LocalDate filedOn) {
		return new CaseFacts("南阳市卧龙区人民政府", "卧政复〔2025〕12 号", filedOn, ContestedAct.REPLY, "撤销被申请人作出的政府信息公开答复");
	}

	static CaseFacts lawsuitFacts(LocalDate filedOn) {
		return new CaseFacts("南阳市宛城区人民法院", "（2025）豫 1302 行初 45 号", filedOn, ContestedAct.REPLY, "判决撤销答复并责令公开");
	}

	static Decision decision(Disposition disposition, LocalDate on) {
		return new Decision(disposition, on, "卧政复决〔2025〕12 号", null);
	}

	/**
	 * A pending reconsideration about {@link #answeredApplication()}, filed 10 April
	 * 2025, with an identifier.
	 */
	static AppealCase pendingReconsideration() {
		return withId(AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, answeredApplication(),
				reconsiderationFacts(LocalDate.of(2025, 4, 10)), null, ACTOR, NOW, TODAY));
	}

	/**
	 * A reconsideration about {@link #answeredApplication()} decided on 5 June 2025 with
	 * {@code disposition}.
	 */
	static AppealCase decidedReconsideration(Disposition disposition) {
		AppealCase appeal = pendingReconsideration();
		appeal.decide(decision(disposition, LocalDate.of(2025, 6, 5)), false, ACTOR, NOW, TODAY);
		appeal.drainEvents();
		return appeal;
	}

	static AppealCase withId(AppealCase appeal) {
		ReflectionTestUtils.setField(appeal, "id", ids.incrementAndGet());
		ReflectionTestUtils.setField(appeal, "version", 0);
		appeal.registered(ACTOR, NOW);
		return appeal;
	}

}
