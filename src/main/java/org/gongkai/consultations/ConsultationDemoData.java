package org.gongkai.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.DemoAgenciesLoaded;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo questions once the demo agencies exist: for 卧龙区商务局 the year 2023 of the seed
 * report (近 800 件咨询投诉，均按时回复), {@value #SEED_COUNT} questions received on working days
 * over the year through every channel, all answered within term, a few dozen published
 * with consent; and a few open questions of today across the agencies (some due soon, one
 * overdue) for the console's lists. The 2023 rows are written in one batch (they are
 * history, not steps taken today); today's go through the repository and publish their
 * events.
 */
@Component
class ConsultationDemoData {

	/** The seed agency's questions of 2023. */
	static final int SEED_COUNT = 796;

	/** How many of them are published with consent. */
	static final int SEED_PUBLISHED = 36;

	private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);

	private static final String[] CONSULTATIONS = { "咨询2023年促消费活动消费券的领取方式和使用范围", "咨询汽车消费补贴的申领条件和办理流程",
			"请问成品油零售经营资格审批需要提交哪些材料", "咨询外贸企业出口信用保险保费补贴政策", "咨询招商引资优惠政策及项目落地扶持措施", "请问单用途商业预付卡备案在哪里办理",
			"咨询对外贸易经营者备案登记的办理地点", "咨询电子商务进农村综合示范项目的申报时间", "请问家电以旧换新补贴如何申请", "咨询再生资源回收经营者备案要求", "咨询餐饮企业参加“老字号”认定的条件",
			"咨询加油站年度检查的时间安排", "咨询营商环境优化提升行动中企业开办的便利措施", "请问外商投资企业信息报告如何填报", "咨询商贸流通企业纳入限上统计的标准", "咨询夜间经济示范街区的申报条件",
			"咨询二手车交易市场经营备案事项", "咨询内外贸一体化试点企业的支持政策", "咨询农产品冷链物流项目补助资金申请", "请问拍卖企业设立需要办理哪些手续", "咨询社区便民商业网点建设的扶持政策",
			"咨询跨境电商企业的出口退税办理", "咨询洗染业经营者备案材料", "咨询商务诚信体系建设中的企业信用修复", "咨询展会补贴政策及申报方式" };

	private static final String[] COMPLAINTS = { "投诉某加油站加油量不足", "投诉商场预付卡无法退费", "投诉某超市销售过期食品未按规定处理", "投诉消费券核销商户拒绝使用消费券",
			"投诉健身房闭店后预付费无法退还", "投诉美容美发店办卡后强制消费", "投诉某商贸城夜间噪音扰民", "投诉二手车商户隐瞒车辆事故情况", "投诉某餐饮店占道经营影响通行",
			"投诉网购平台商家不履行七日无理由退货", "投诉某加油站拒收现金", "投诉农贸市场摊位费收费不透明" };

	private static final String[] SUGGESTIONS = { "建议增加城区便民菜市场网点", "建议延长消费券使用期限", "建议在老旧小区配建社区便利店", "建议优化招商引资项目审批流程",
			"建议举办更多本地特色产品展销会", "建议加强对预付卡经营企业的监管", "建议在商务局网站公开外贸企业帮扶政策解读", "建议完善夜市经营的配套设施", "建议加大对中小外贸企业的融资支持",
			"建议设立营商环境问题线上反映专栏" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
			"胡", "郭" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "强", "丽", "涛", "明",
			"超", "秀英", "建华", "志强", "海燕" };

	private final Questions questions;

	private final AnswerTerms terms;

	private final WorkingCalendar calendar;

	private final Agencies agencies;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationDemoData(Questions questions, AnswerTerms terms, WorkingCalendar calendar, Agencies agencies,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.terms = terms;
		this.calendar = calendar;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void load(DemoAgenciesLoaded loaded) {
		Map<String, Agency> byName = new HashMap<>();
		agencies.findAll().forEach(agency -> byName.put(agency.getName(), agency));
		Agency commerce = byName.get("卧龙区商务局");
		if (commerce == null) {
			return;
		}
		loadSeedYear(commerce.getId());
		int open = loadOpen(byName.values().stream().filter(agency -> agency.getKind() == AgencyKind.AGENCY).toList());
		log.info("Loaded consultation demo data: {} answered questions of 卧龙区商务局 in 2023 ({} published), {} open",
				SEED_COUNT, SEED_PUBLISHED, open);
	}

	private void loadSeedYear(long agencyId) {
		Random random = new Random(2023);
		List<LocalDate> workingDays = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() == 2023; day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				workingDays.add(day);
			}
		}
		List<Object[]> rows = new ArrayList<>();
		int publishEvery = SEED_COUNT / SEED_PUBLISHED;
		for (int i = 0; i < SEED_COUNT; i++) {
			LocalDate received = workingDays.get(i * workingDays.size() / SEED_COUNT);
			QuestionChannel channel = channel(random.nextInt(100));
			int kind = random.nextInt(100);
			QuestionType type = kind < 66 ? QuestionType.CONSULTATION
					: kind < 86 ? QuestionType.COMPLAINT : QuestionType.SUGGESTION;
			String title = switch (type) {
				case CONSULTATION -> CONSULTATIONS[random.nextInt(CONSULTATIONS.length)];
				case COMPLAINT -> COMPLAINTS[random.nextInt(COMPLAINTS.length)];
				case SUGGESTION -> SUGGESTIONS[random.nextInt(SUGGESTIONS.length)];
			};
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			String phone = "13" + (700000000 + random.nextInt(299999999));
			String body = body(type, title, name, phone);
			int term = terms.days(type);
			LocalDate answered = calendar.addWorkingDays(received, 1 + random.nextInt(term));
			String answer = answer(type, title);
			boolean published = i % publishEvery == publishEvery / 2 && i / publishEvery < SEED_PUBLISHED;
			boolean consent = published || random.nextInt(4) == 0;
			LocalDate publishedOn = published ? calendar.addWorkingDays(answered, 1) : null;
			rows.add(new Object[] { agencyId, channel.name(), type.name(), title, body, name, phone, consent, received,
					terms.due(type, received),
					channel == QuestionChannel.HOTLINE_12345 ? "12345-2023-" + String.format("%05d", i + 1) : null,
					channel.isPublicForm() ? "public" : "registrar",
					Timestamp.from(received.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(480)))
						.atZone(Zones.BEIJING)
						.toInstant()),
					answer, answered, "承办人 张伟", published, published ? PersonalData.remove(title, name) : null,
					published ? PersonalData.remove(body, name) : null,
					published ? PersonalData.remove(answer, name) : null, publishedOn });
		}
		jdbc.batchUpdate("""
				insert into consultation_question (agency_id, channel, question_type, title, body, asker_name,
				  asker_contact, consent, received_on, due_on, hotline_number, registered_by, created_at, answer,
				  answered_on, answered_by_name, published, public_title, public_body, public_answer, published_on,
				  version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", rows);
	}

	private int loadOpen(List<Agency> agencyList) {
		LocalDate today = LocalDate.now(clock);
		LocalDate workday = today;
		while (!calendar.isWorkingDay(workday)) {
			workday = workday.minusDays(1);
		}
		// title, channel, type, working days since receipt, agency
		String[][] open = { { "咨询年末促消费活动的参与商户名单", "ONLINE", "CONSULTATION", "4", "卧龙区商务局" },
				{ "投诉某加油站油品质量问题", "HOTLINE_12345", "COMPLAINT", "14", "卧龙区商务局" },
				{ "咨询外贸企业稳订单拓市场的扶持政策", "MAILBOX", "CONSULTATION", "8", "卧龙区商务局" },
				{ "建议在城区增设新能源汽车充电设施", "PHONE", "SUGGESTION", "2", "卧龙区商务局" },
				{ "咨询学生资助政策的申请时间", "ONLINE", "CONSULTATION", "3", "卧龙区教育局" },
				{ "咨询惠民惠农财政补贴资金的发放进度", "HOTLINE_12345", "CONSULTATION", "1", "卧龙区财政局" } };
		int count = 0;
		for (int i = 0; i < open.length; i++) {
			String agencyName = open[i][4];
			Agency agency = agencyList.stream()
				.filter(candidate -> candidate.getName().equals(agencyName))
				.findFirst()
				.orElse(null);
			if (agency == null) {
				continue;
			}
			LocalDate received = workday;
			for (int back = Integer.parseInt(open[i][3]); back > 0;) {
				received = received.minusDays(1);
				if (calendar.isWorkingDay(received)) {
					back--;
				}
			}
			QuestionChannel channel = QuestionChannel.valueOf(open[i][1]);
			QuestionType type = QuestionType.valueOf(open[i][2]);
			Question question = Question.received(
					new Question.Received(
							agency.getId(), channel, type, open[i][0], open[i][0] + "，请予答复。", SURNAMES[i] + GIVEN[i],
							"1390377" + (1000 + i), i % 2 == 0, received, channel == QuestionChannel.HOTLINE_12345
									? "12345-" + received.getYear() + "-9000" + i : null),
					channel.isPublicForm() ? "public" : "registrar", clock.instant());
			LocalDate due = terms.due(type, received);
			long id = questions.insert(question, due, null);
			events.publishEvent(
					new QuestionReceived(id, agency.getId(), "demo", clock.instant(), channel, type, received, due));
			count++;
		}
		return count;
	}

	private static QuestionChannel channel(int roll) {
		if (roll < 30) {
			return QuestionChannel.MAILBOX;
		}
		if (roll < 55) {
			return QuestionChannel.ONLINE;
		}
		if (roll < 70) {
			return QuestionChannel.PHONE;
		}
		return QuestionChannel.HOTLINE_12345;
	}

	private static String body(QuestionType type, String title, String name, String phone) {
		return switch (type) {
			case CONSULTATION ->
				"您好，我是" + name + "，" + title.replaceFirst("^(咨询|请问)", "想了解") + "。请问具体怎么办理？联系电话 " + phone + "。";
			case COMPLAINT ->
				"本人" + name + "反映：" + title.replaceFirst("^投诉", "") + "，多次协商未果，请相关部门核实处理。电话 " + phone + "。";
			case SUGGESTION -> "我是本区居民" + name + "，" + title + "，方便群众生活，望采纳。";
		};
	}

	private static String answer(QuestionType type, String title) {
		return switch (type) {
			case CONSULTATION ->
				"您好！您反映的“" + title + "”事项，我局已收悉。相关政策和办理要求已在卧龙区人民政府网站商务局栏目公开，您也可以在工作日到区政务服务中心商务窗口咨询办理。感谢您的关注！";
			case COMPLAINT -> "您好！针对您反映的“" + title + "”问题，我局已会同相关部门进行现场核查，责令经营者限期整改，并将持续加强监督检查。感谢您对商务工作的监督！";
			case SUGGESTION -> "您好！您提出的“" + title + "”很有参考价值，我局已转相关科室研究，将在制定下一步工作计划时统筹考虑。感谢您的宝贵建议！";
		};
	}

}
