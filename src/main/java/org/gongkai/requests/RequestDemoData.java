package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
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
import org.gongkai.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applications for 卧龙区商务局 once the demo agencies exist: a handful of realistic cases
 * in every stage (awaiting confirmation, awaiting correction, in handling with a
 * consultation, in review, answered, overdue, withdrawn, carried over from last year),
 * and applications closed last year with the common outcomes, so that the console, the
 * deadline views and table 三 of the year its statistics open on have something to show.
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

	private final RequestDeadlines deadlines;

	RequestDemoData(RequestStore store, TrackingCodes codes, Agencies agencies, StaffMembers staffMembers,
			WorkingCalendar calendar, Clock clock, ReceiptDates receiptRules, RequestDeadlines deadlines) {
		this.receiptRules = receiptRules;
		this.deadlines = deadlines;
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

		InformationRequest online = registerOn(at(today), agency, Channel.ONLINE, today, null,
				person("李华", "41130319900315002", "13937700001", "lihua@example.cn"),
				sought("卧龙区 2024 年电子商务进农村综合示范项目资金使用情况", null, "项目资金拨付明细及验收报告"), registrar);

		InformationRequest unclear = register(agency, Channel.IN_PERSON, back(today, 3), null,
				person("张强", "41130319751120003", "13937700002", null), sought("关于市场的文件", null, "要去年那个文件"), registrar);
		unclear.requestCorrection("请写明所需文件的名称、文号或发布时间等特征，以便检索", 15, back(today, 2),
				calendar.addWorkingDays(unclear.getReceivedOn(), StatutoryTerms.CORRECTION_NOTICE_DAYS), registrar, now,
				today);
		save(unclear);

		InformationRequest consulting = registerOn(at(ago10), agency, Channel.REGISTERED_MAIL, ago10, ago10,
				company("南阳宛商贸易有限公司", "91411303MA0000123", "赵经理", "0377-63001234"),
				sought("卧龙区 2024 年度成品油零售经营资格审查意见", "宛龙商〔2024〕31 号", "含相关企业的审查材料"), registrar);
		consulting.accept(handler, registrar, now);
		consulting.consult(ConsultationKind.THIRD_PARTY, "南阳某石油销售有限公司", back(today, 4), handler, now, today);
		save(consulting);

		InformationRequest reviewing = registerOn(
				at(ago17), agency, Channel.EMAIL, ago17, ago17, organisation(ApplicantType.LEGAL_SERVICE_AGENCY,
						"河南宛城律师事务所", "31410000MD0000456", "孙律师", "0377-63005678"),
				sought("卧龙区商务局 2024 年度行政处罚决定书", null, "涉及单用途预付卡的处罚决定"), registrar);
		reviewing.accept(handler, registrar, now);
		reviewing.draftReply(Outcome.PARTIALLY_GRANTED, Outcome.PARTIALLY_GRANTED.legalBasis(),
				"处罚决定书可以公开，涉及个人信息的部分作区分处理。", List.of(Role.REVIEWER), handler, now);
		save(reviewing);

		InformationRequest overdue = registerOn(at(ago25), agency, Channel.ORDINARY_LETTER, ago25, ago25,
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
		InformationRequest carried = registerOn(at(lastDecember), agency, Channel.IN_PERSON, lastDecember, null,
				organisation(ApplicantType.PUBLIC_INTEREST_ORGANIZATION, "卧龙区消费者权益保护志愿者协会", "51411303MJ0000321", "吴会长",
						"0377-63009999"),
				sought("2024 年预付式消费投诉处理情况", null, null), registrar);
		carried.accept(handler, registrar, now);
		if (back(today, 20).isAfter(lastDecember)) {
			carried.draftReply(Outcome.GRANTED, Outcome.GRANTED.legalBasis(), "予以公开。", List.of(), handler, now);
			carried.answer(
					LocalDate.of(today.getYear(), 1, 10).isAfter(today) ? today : LocalDate.of(today.getYear(), 1, 10),
					DeliveryMethod.POST, handler, now, today);
		}
		save(carried);
		closedLastYear(agency, today.getYear() - 1, registrar, handler, reviewer, head);
		log.info("Loaded demo applications for {}", commerce.getName());
	}

	/**
	 * Applications received and disposed of in {@code year}, the year the statistics
	 * pages open on: one per common outcome row of table 三 (予以公开, 部分公开, 不掌握, 不予公开 for two
	 * reasons, 没有现成信息, 信访举报投诉类, 撤回, 逾期不补正), every step staff take dated on a working day;
	 * all replied within the period except one replied late, one after an approved
	 * extension and one after a paused third-party consultation.
	 */
	private void closedLastYear(long agency, int year, Actor registrar, Actor handler, Actor reviewer, Actor head) {
		LocalDate grantedOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 3, 10));
		InformationRequest granted = registerOn(at(grantedOn), agency, Channel.ONLINE, grantedOn, grantedOn,
				person("赵慧敏", "41130319920214007", "13937700007", "zhaomin@example.cn"),
				sought("卧龙区 " + (year - 1) + " 年度商务领域“双随机、一公开”抽查结果", null, null), registrar);
		replied(granted, Outcome.GRANTED, "予以公开，抽查结果见附件。", forward(grantedOn, 12), registrar, handler, reviewer);

		LocalDate partlyOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 4, 14));
		InformationRequest partly = registerOn(at(partlyOn), agency, Channel.EMAIL, partlyOn, partlyOn,
				company("南阳卧龙物流有限公司", "91411303MA0000234", "钱经理", "0377-63002345"),
				sought("卧龙区冷链物流项目招标文件及评标结果", null, "含评标委员会评分表"), registrar);
		replied(partly, Outcome.PARTIALLY_GRANTED, "招标文件及评标结果予以公开；评分表中评委个人信息不予公开。", forward(partlyOn, 18), registrar,
				handler, reviewer);

		LocalDate notHeldOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 5, 19));
		InformationRequest notHeld = registerOn(at(notHeldOn), agency, Channel.IN_PERSON, notHeldOn, null,
				person("孙丽", "41130319800709008", "13937700008", null), sought("卧龙区 2015 年以前的商业网点普查原始表格", null, null),
				registrar);
		replied(notHeld, Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关未制作或获取该信息。", forward(notHeldOn, 9), registrar, handler,
				reviewer);

		LocalDate processOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 6, 16));
		InformationRequest process = registerOn(at(processOn), agency, Channel.REGISTERED_MAIL, processOn, processOn,
				organisation(ApplicantType.RESEARCH_INSTITUTION, "河南省商务经济研究所", "12410000MB0000345", "郑研究员",
						"0371-65001234"),
				sought("卧龙区商贸流通专项资金分配方案讨论记录", null, "局党组会议讨论记录"), registrar);
		replied(process, Outcome.WITHHELD_PROCESS_INFORMATION, "所申请信息属于讨论记录等过程性信息，不予公开。", forward(processOn, 15),
				registrar, handler, reviewer);

		LocalDate needsCreationOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 7, 7));
		InformationRequest needsCreation = registerOn(at(needsCreationOn), agency, Channel.IN_PERSON, needsCreationOn,
				null, organisation(ApplicantType.PUBLIC_INTEREST_ORGANIZATION, "卧龙区老年人协会", "51411303MJ0000456", "冯会长",
						"0377-63004567"),
				sought("卧龙区各社区养老助餐点历年补贴汇总表", null, "按社区、按年汇总"), registrar);
		needsCreation.accept(handler, registrar, at(needsCreationOn));
		LocalDate askedOn = forward(needsCreationOn, 15);
		needsCreation.requestExtension(15, "需逐一核对各社区历年拨付凭证", null, handler, at(askedOn), askedOn);
		needsCreation.approveExtension(
				new InformationRequest.Approval(head.staffId(), head.displayName(), forward(askedOn, 1), true), null,
				null, head, at(forward(askedOn, 1)), forward(askedOn, 1));
		LocalDate needsCreationReplied = forward(needsCreationOn, 30);
		drafted(needsCreation, Outcome.UNAVAILABLE_NEEDS_CREATION, "本机关未按社区汇总补贴数据，需另行制作，依法不予提供；可提供各年度拨付文件。", handler,
				reviewer, at(needsCreationReplied));
		needsCreation.answer(needsCreationReplied, DeliveryMethod.POST, handler, at(needsCreationReplied),
				needsCreationReplied);
		save(needsCreation);

		LocalDate petitionOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 7, 21));
		InformationRequest petition = registerOn(at(petitionOn), agency, Channel.HOTLINE_12345, petitionOn, petitionOn,
				person("钱伟", "41130319700303009", "13937700009", null), sought("要求查处某超市销售过期食品并公开处理结果", null, "实为举报"),
				registrar);
		replied(petition, Outcome.NOT_PROCESSED_PETITION_OR_COMPLAINT, "所提事项属于投诉举报，已告知通过 12315 渠道反映。",
				forward(petitionOn, 6), registrar, handler, reviewer);

		LocalDate thirdPartyOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 8, 11));
		InformationRequest thirdParty = registerOn(at(thirdPartyOn), agency, Channel.IN_PERSON, thirdPartyOn, null,
				company("南阳宛东商贸有限公司", "91411303MA0000567", "卫经理", "0377-63005670"),
				sought("某连锁超市申报商贸流通扶持资金时提交的财务报表", null, null), registrar);
		thirdParty.accept(handler, registrar, at(thirdPartyOn));
		LocalDate sentOn = forward(thirdPartyOn, 3);
		thirdParty.consult(ConsultationKind.THIRD_PARTY, "南阳某连锁超市有限公司", sentOn, handler, at(sentOn), sentOn);
		thirdParty.recordConsultationAnswer(1, forward(sentOn, 7), "财务报表涉及商业秘密，不同意公开", ConsultationStance.OBJECTED,
				null, handler, at(forward(sentOn, 7)), forward(sentOn, 7));
		LocalDate thirdPartyReplied = forward(thirdPartyOn, 24);
		drafted(thirdParty, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "经书面征求第三方意见，所申请信息涉及商业秘密，第三方不同意公开，不予公开。", handler,
				reviewer, at(thirdPartyReplied));
		thirdParty.answer(thirdPartyReplied, DeliveryMethod.POST, handler, at(thirdPartyReplied), thirdPartyReplied);
		save(thirdParty);

		LocalDate lateOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 9, 15));
		InformationRequest late = registerOn(
				at(lateOn), agency, Channel.ONLINE, lateOn, lateOn, organisation(ApplicantType.LEGAL_SERVICE_AGENCY,
						"河南卧龙律师事务所", "31410000MD0000678", "褚律师", "0377-63006789"),
				sought("卧龙区 " + year + " 年单用途预付卡备案企业名单", null, null), registrar);
		replied(late, Outcome.GRANTED, "予以公开，名单见附件。", forward(lateOn, 26), registrar, handler, reviewer);

		LocalDate withdrawnOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 10, 20));
		InformationRequest withdrawn = registerOn(at(withdrawnOn), agency, Channel.IN_PERSON, withdrawnOn, null,
				person("蒋涛", "41130319851212000", "13937700010", null), sought("卧龙区步行街改造方案", null, null), registrar);
		withdrawn.withdraw(forward(withdrawnOn, 4), "申请人书面撤回", registrar, at(forward(withdrawnOn, 4)),
				forward(withdrawnOn, 4));
		save(withdrawn);

		LocalDate uncorrectedOn = calendar.firstWorkingDayFrom(LocalDate.of(year, 11, 3));
		InformationRequest uncorrected = registerOn(at(uncorrectedOn), agency, Channel.IN_PERSON, uncorrectedOn, null,
				person("沈静", "41130319910505001", "13937700011", null), sought("那个补贴的文件", null, null), registrar);
		LocalDate noticeOn = forward(uncorrectedOn, 2);
		uncorrected.requestCorrection("请写明所需文件的名称或文号", 10, noticeOn,
				calendar.addWorkingDays(uncorrectedOn, StatutoryTerms.CORRECTION_NOTICE_DAYS), registrar, at(noticeOn),
				noticeOn);
		LocalDate termEnds = deadlines.correctionTermEnds(uncorrected);
		uncorrected.closeForMissingCorrection(termEnds, registrar, at(termEnds.plusDays(1)), termEnds.plusDays(1));
		save(uncorrected);
	}

	/**
	 * Accepts, drafts, approves and sends a reply with {@code outcome} on
	 * {@code repliedOn}.
	 */
	private void replied(InformationRequest request, Outcome outcome, String text, LocalDate repliedOn, Actor registrar,
			Actor handler, Actor reviewer) {
		request.accept(handler, registrar, at(request.getReceivedOn()));
		drafted(request, outcome, text, handler, reviewer, at(repliedOn));
		request.answer(repliedOn, DeliveryMethod.ONLINE, handler, at(repliedOn), repliedOn);
		save(request);
	}

	private void drafted(InformationRequest request, Outcome outcome, String text, Actor handler, Actor reviewer,
			Instant at) {
		request.draftReply(outcome, outcome.legalBasis(), text, List.of(Role.REVIEWER), handler, at);
		request.review(true, "同意", Set.of(Role.REVIEWER), reviewer, at);
	}

	/**
	 * 10:00 in Beijing on {@code day}: when a step of last year's applications is
	 * recorded.
	 */
	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(Zones.BEIJING).toInstant();
	}

	private LocalDate forward(LocalDate from, int workingDays) {
		return calendar.addWorkingDays(from, workingDays);
	}

	private InformationRequest register(long agency, Channel channel, LocalDate submitted, LocalDate confirmed,
			Applicant applicant, InformationSought sought, Actor registrar) {
		return registerOn(clock.instant(), agency, channel, submitted, confirmed, applicant, sought, registrar);
	}

	/** Registers an application with its history dated {@code at}. */
	private InformationRequest registerOn(Instant at, long agency, Channel channel, LocalDate submitted,
			LocalDate confirmed, Applicant applicant, InformationSought sought, Actor registrar) {
		LocalDate signed = channel == Channel.REGISTERED_MAIL ? submitted : null;
		InformationRequest request = InformationRequest.register(agency,
				new InformationRequest.Intake(channel, submitted, signed,
						receiptRules.ruleFor(channel) == ReceiptDates.Rule.CONFIRMATION_DAY ? confirmed : null, null),
				receiptRules, applicant, sought, new InformationRequest.Keys(codes.newTrackingCode(), null, null),
				registrar, at, LocalDate.now(clock));
		InformationRequest saved = store.save(request);
		// An online submission not yet confirmed was sent in by the applicant, as on
		// /apply.
		boolean unconfirmed = saved.getStatus() == RequestStatus.SUBMITTED;
		saved.registered(unconfirmed && channel == Channel.ONLINE ? Actor.PUBLIC : registrar, at);
		// Published now: a case the demo does not save again must still show its first
		// step.
		store.publish(saved.drainEvents());
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
