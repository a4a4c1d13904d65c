package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.DemoAgenciesLoaded;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.ReceiptDates;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.IdentifierChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applications for 卧龙区商务局 once the demo agencies exist: a handful of realistic cases
 * in every stage (awaiting confirmation, awaiting correction, in handling with a
 * consultation, in review, answered, overdue, withdrawn, carried over from last year), so
 * that the console, the deadline views and table 三 have something to show.
 */
@Component
class RequestDemoData {

	private static final Logger log = LoggerFactory.getLogger(RequestDemoData.class);

	private final RequestStore store;

	private final TrackingCodes codes;

	private final Agencies agencies;

	private final StaffMembers staffMembers;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final ReceiptDates receiptRules;

	RequestDemoData(RequestStore store, TrackingCodes codes, Agencies agencies, StaffMembers staffMembers,
			WorkingCalendar calendar, Clock clock, ReceiptDates receiptRules) {
		this.receiptRules = receiptRules;
		this.store = store;
		this.codes = codes;
		this.agencies = agencies;
		this.staffMembers = staffMembers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void load(DemoAgenciesLoaded loaded) {
		Agency commerce = agencies.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.findFirst()
			.orElse(null);
		if (commerce == null) {
			return;
		}
		long agency = commerce.getId();
		Actor registrar = actor("registrar");
		Actor handler = actor("handler");
		Actor reviewer = actor("reviewer");
		Actor head = actor("head");
		LocalDate today = LocalDate.now(clock);
		LocalDate ago10 = back(today, 10);
		LocalDate ago17 = back(today, 17);
		LocalDate ago25 = back(today, 25);
		var now = clock.instant();

		InformationRequest online = register(agency, Channel.ONLINE, today, null,
				person("李华", "41130319900315002", "13937700001", "lihua@example.cn"),
				sought("卧龙区 2024 年电子商务进农村综合示范项目资金使用情况", null, "项目资金拨付明细及验收报告"), registrar);

		InformationRequest unclear = register(agency, Channel.IN_PERSON, back(today, 3), null,
				person("张强", "41130319751120003", "13937700002", null), sought("关于市场的文件", null, "要去年那个文件"), registrar);
		unclear.requestCorrection("请写明所需文件的名称、文号或发布时间等特征，以便检索", 15, back(today, 2),
				calendar.addWorkingDays(unclear.getReceivedOn(), StatutoryTerms.CORRECTION_NOTICE_DAYS), registrar, now,
				today);
		save(unclear);

		InformationRequest consulting = register(agency, Channel.REGISTERED_MAIL, ago10, ago10,
				company("南阳宛商贸易有限公司", "91411303MA0000123", "赵经理", "0377-63001234"),
				sought("卧龙区 2024 年度成品油零售经营资格审查意见", "宛龙商〔2024〕31 号", "含相关企业的审查材料"), registrar);
		consulting.accept(handler, registrar, now);
		consulting.consult(ConsultationKind.THIRD_PARTY, "南阳某石油销售有限公司", back(today, 4), handler, now, today);
		save(consulting);

		InformationRequest reviewing = register(
				agency, Channel.EMAIL, ago17, ago17, organisation(ApplicantType.LEGAL_SERVICE_AGENCY, "河南宛城律师事务所",
						"31410000MD0000456", "孙律师", "0377-63005678"),
				sought("卧龙区商务局 2024 年度行政处罚决定书", null, "涉及单用途预付卡的处罚决定"), registrar);
		reviewing.accept(handler, registrar, now);
		reviewing.draftReply(Outcome.PARTIALLY_GRANTED, Outcome.PARTIALLY_GRANTED.legalBasis(),
				"处罚决定书可以公开，涉及个人信息的部分作区分处理。", List.of(Role.REVIEWER), handler, now);
		save(reviewing);

		InformationRequest overdue = register(agency, Channel.ORDINARY_LETTER, ago25, ago25,
				person("王芳", "41130319880808004", "13937700004", "wangfang@example.cn"),
				sought("卧龙区农贸市场升级改造补助资金分配结果", null, null), registrar);
		overdue.accept(handler, registrar, now);
		save(overdue);

		InformationRequest answered = register(agency, Channel.ONLINE, back(today, 30), back(today, 30),
				person("刘洋洋", "41130319950101005", "13937700005", "liuyy@example.cn"),
				sought("卧龙区 2024 年商贸流通专项资金分配结果", "宛龙商〔2024〕12 号", null), registrar);
		answered.accept(handler, registrar, now);
		answered.draftReply(Outcome.GRANTED, Outcome.GRANTED.legalBasis(), "予以公开，见附件。", List.of(Role.REVIEWER), handler,
				now);
		answered.review(true, "同意", Set.of(Role.REVIEWER), reviewer, now);
		answered.answer(back(today, 12), DeliveryMethod.ONLINE, handler, now, today);
		save(answered);

		InformationRequest notHeld = register(agency, Channel.HOTLINE_12345, back(today, 40), back(today, 40),
				organisation(ApplicantType.RESEARCH_INSTITUTION, "南阳理工学院区域经济研究中心", "12411300MB0000789", "周老师",
						"0377-62076000"),
				sought("卧龙区 2010 年以来历年社会消费品零售总额分行业数据", null, "按月、分行业"), registrar);
		notHeld.accept(handler, registrar, now);
		notHeld.requestExtension(10, "需向统计部门核实数据口径", null, handler, now, back(today, 26));
		notHeld.approveExtension(
				new InformationRequest.Approval(head.staffId(), head.displayName(), back(today, 25), true), null, null,
				head, now, today);
		notHeld.draftReply(Outcome.UNAVAILABLE_NOT_HELD, Outcome.UNAVAILABLE_NOT_HELD.legalBasis(),
				"本机关不掌握分行业月度数据，建议向区统计局申请。", List.of(Role.REVIEWER), handler, now);
		notHeld.review(true, null, Set.of(Role.REVIEWER), reviewer, now);
		notHeld.answer(back(today, 8), DeliveryMethod.POST, handler, now, today);
		save(notHeld);

		InformationRequest withdrawn = register(agency, Channel.IN_PERSON, back(today, 15), null,
				person("陈明", "41130319660606006", "13937700006", null), sought("商业网点规划（征求意见稿）", null, null), registrar);
		withdrawn.withdraw(back(today, 9), "申请人来电表示已从政府网站获取，书面撤回", registrar, now, today);
		save(withdrawn);

		LocalDate lastDecember = LocalDate.of(today.getYear() - 1, 12, 22);
		InformationRequest carried = register(
				agency, Channel.IN_PERSON, lastDecember, null, organisation(ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
						"卧龙区消费者权益保护志愿者协会", "51411303MJ0000321", "吴会长", "0377-63009999"),
				sought("2024 年预付式消费投诉处理情况", null, null), registrar);
		carried.accept(handler, registrar, now);
		if (back(today, 20).isAfter(lastDecember)) {
			carried.draftReply(Outcome.GRANTED, Outcome.GRANTED.legalBasis(), "予以公开。", List.of(), handler, now);
			carried.answer(
					LocalDate.of(today.getYear(), 1, 10).isAfter(today) ? today : LocalDate.of(today.getYear(), 1, 10),
					DeliveryMethod.POST, handler, now, today);
		}
		save(carried);
		log.info("Loaded demo applications for {}", commerce.getName());
	}

	private InformationRequest register(long agency, Channel channel, LocalDate submitted, LocalDate confirmed,
			Applicant applicant, InformationSought sought, Actor registrar) {
		LocalDate signed = channel == Channel.REGISTERED_MAIL ? submitted : null;
		InformationRequest request = InformationRequest.register(agency,
				new InformationRequest.Intake(channel, submitted, signed,
						receiptRules.ruleFor(channel) == ReceiptDates.Rule.CONFIRMATION_DAY ? confirmed : null, null),
				receiptRules, applicant, sought, new InformationRequest.Keys(codes.newTrackingCode(), null, null),
				registrar, clock.instant(), LocalDate.now(clock));
		InformationRequest saved = store.save(request);
		saved.registered(registrar, clock.instant());
		return saved;
	}

	private void save(InformationRequest request) {
		store.save(request);
	}

	private LocalDate back(LocalDate from, int workingDays) {
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	private Actor actor(String username) {
		var member = staffMembers.findByUsername(username).orElseThrow();
		return Actor.staff(member.getId(), member.getUsername(), member.getDisplayName());
	}

	private static Applicant person(String name, String idBody, String phone, String email) {
		return new Applicant(ApplicantType.NATURAL_PERSON, name, IdDocumentType.RESIDENT_ID,
				IdentifierChecks.withIdentityCheck(idBody.substring(0, 17)), null, phone, email, "河南省南阳市卧龙区", "473000");
	}

	private static Applicant company(String name, String creditBody, String contact, String phone) {
		return organisation(ApplicantType.COMMERCIAL_ENTERPRISE, name, creditBody, contact, phone);
	}

	private static Applicant organisation(ApplicantType type, String name, String creditBody, String contact,
			String phone) {
		return new Applicant(type, name, IdDocumentType.CREDIT_CODE, IdentifierChecks.withCreditCheck(creditBody),
				contact, phone, null, "河南省南阳市卧龙区", "473000");
	}

	private static InformationSought sought(String title, String number, String description) {
		return new InformationSought(title, number, description, FormWanted.ELECTRONIC, DeliveryMethod.ONLINE);
	}

}
