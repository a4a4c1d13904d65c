package org.gongkai.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.DemoAgenciesLoaded;
import org.gongkai.requests.ApplicantType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo cases for 卧龙区商务局, added once the demo agencies exist: last year's reconsideration
 * upheld and the lawsuit the applicant brought after it, and a company's direct lawsuit
 * filed in December and still pending at the year's end. They concern applications from
 * before the system (free-text references), so they do not depend on the applications
 * module's demo data or on the order in which the two are loaded.
 */
@Component
class AppealDemoData {

	private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);

	private static final String ACTOR = "demo";

	private final Agencies agencies;

	private final AppealCases cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealDemoData(Agencies agencies, AppealCases cases, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional
	void load(DemoAgenciesLoaded loaded) {
		Agency commerce = agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.findFirst()
			.orElse(null);
		if (commerce == null || cases.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear() - 1;
		long agency = commerce.getId();

		AppealCase reconsideration = save(AppealCase.register(agency, AppealKind.RECONSIDERATION,
				new ApplicationLink.Older(year + " 年依申请公开登记簿第 37 号", ApplicantType.NATURAL_PERSON, "张建国",
						LocalDate.of(year, 4, 18)),
				new CaseFacts("南阳市卧龙区人民政府", "卧政复〔" + year + "〕21 号", LocalDate.of(year, 5, 12), ContestedAct.REPLY,
						"撤销被申请人作出的“本机关不掌握相关政府信息”的答复，责令重新答复"),
				null, ACTOR, clock.instant(), today));
		reconsideration.decide(new Decision(Disposition.UPHELD, LocalDate.of(year, 7, 8), "卧政复决〔" + year + "〕21 号",
				"被申请人已尽合理检索义务，答复认定事实清楚、程序合法，决定维持"), false, ACTOR, clock.instant(), today);
		save(reconsideration);

		AppealCase lawsuit = save(AppealCase.registerAfter(reconsideration,
				new CaseFacts("南阳市宛城区人民法院", "（" + year + "）豫 1302 行初 118 号", LocalDate.of(year, 7, 21),
						ContestedAct.REPLY, "撤销答复及复议决定，判令被告公开 2023 年商贸流通专项资金分配明细"),
				null, ACTOR, clock.instant(), today));
		lawsuit.decide(new Decision(Disposition.CLAIM_REJECTED, LocalDate.of(year, 11, 26),
				"（" + year + "）豫 1302 行初 118 号", "判决驳回原告的诉讼请求"), false, ACTOR, clock.instant(), today);
		save(lawsuit);

		save(AppealCase.register(agency, AppealKind.LITIGATION_DIRECT,
				new ApplicationLink.Older(year + " 年依申请公开登记簿第 52 号", ApplicantType.COMMERCIAL_ENTERPRISE, "南阳宛商贸易有限公司",
						LocalDate.of(year, 9, 15)),
				new CaseFacts("南阳市宛城区人民法院", "（" + year + "）豫 1302 行初 203 号", LocalDate.of(year, 12, 2),
						ContestedAct.REPLY, "撤销部分公开答复，判令被告公开商业网点规划附图"),
				null, ACTOR, clock.instant(), today));
		log.info("Loaded demo appeals: 3 cases of {} filed in {}", commerce.getName(), year);
	}

	private AppealCase save(AppealCase appeal) {
		boolean created = appeal.getId() == null;
		AppealCase saved = cases.save(appeal);
		if (created) {
			saved.registered(ACTOR, clock.instant());
		}
		saved.drainEvents().forEach(events::publishEvent);
		return saved;
	}

}
