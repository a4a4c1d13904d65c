package org.gongkai.disclosure;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.DemoAgenciesLoaded;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo records once the demo agencies exist. For 卧龙区商务局 the year 2023 of the seed report
 * (docs/disclosure.md): 45 catalogue entries published on its website, 1,128 WeChat
 * posts, no 规章 or 行政规范性文件, no licensing, penalty or coercion decisions, no fees, so that
 * the annual report compiles the seed's table 二 from records; and a few entries of today
 * at every stage of the chain. For the other agencies, published entries of 2025 and 2026
 * for the public pages.
 */
@Component
class DisclosureDemoData {

	private static final Logger log = LoggerFactory.getLogger(DisclosureDemoData.class);

	/**
	 * Stands in for the reviewers of agencies that have no demo accounts for the chain.
	 */
	private static final Actor DEMO_REVIEWER = new Actor(0, "demo", "演示数据审核人",
			Set.of(Role.PUBLISHER, Role.SECTION_HEAD, Role.LEADER));

	private final CatalogueEntries entries;

	private final IndexNumbers indexNumbers;

	private final DisclosureSettings settings;

	private final YearlyFigures figures;

	private final PublicationClock publicationClock;

	private final Agencies agencies;

	private final StaffMembers staffMembers;

	private final Clock clock;

	DisclosureDemoData(CatalogueEntries entries, IndexNumbers indexNumbers, DisclosureSettings settings,
			YearlyFigures figures, PublicationClock publicationClock, Agencies agencies, StaffMembers staffMembers,
			Clock clock) {
		this.entries = entries;
		this.indexNumbers = indexNumbers;
		this.settings = settings;
		this.figures = figures;
		this.publicationClock = publicationClock;
		this.agencies = agencies;
		this.staffMembers = staffMembers;
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
		// The demo agencies are departments of 南阳市卧龙区, a district: county level.
		byName.values()
			.stream()
			.filter(agency -> agency.getKind() == AgencyKind.AGENCY)
			.forEach(agency -> settings.changeLevel(agency.getId(), AdministrativeLevel.COUNTY, "demo"));
		Actor publisher = actor("publisher", Role.PUBLISHER);
		Actor section = actor("section", Role.SECTION_HEAD);
		Actor leader = actor("leader", Role.LEADER);
		ReviewChain chain = settings.chain(commerce.getId());

		List<String[]> seed = commerce2023();
		Long previous = null;
		for (int i = 0; i < seed.size(); i++) {
			LocalDate published = workingDayOf2023(i, seed.size());
			previous = publishedEntry(commerce, chain, seed.get(i), published.minusDays(3), published, publisher,
					List.of(publisher, section, leader), previous);
		}
		figures.record(commerce.getId(), new YearlyFigures.Input(2023, 0, 0, 0, "0", 1128, null, null, null),
				"演示数据：卧龙区商务局 2023 年政府信息公开工作年度报告", "demo");

		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		CatalogueEntry draft = newEntry(commerce,
				content(EntryKind.DOCUMENT, "卧龙区商务局关于开展“消费促进月”活动的通知", 11, today.minusDays(2)), publisher, today);
		CatalogueEntry atSection = newEntry(commerce,
				content(EntryKind.DOCUMENT, "卧龙区 " + today.getYear() + " 年前三季度社会消费品零售总额统计信息", 4, today.minusDays(6)),
				publisher, today);
		atSection.submit(chain, publisher, now);
		atSection.approve(chain, publisher, "已核对数据来源", now, today);
		entries.update(atSection, null, publicationClock.due(atSection.getContent().formedOn()));
		CatalogueEntry atLeader = newEntry(commerce,
				content(EntryKind.DOCUMENT, "卧龙区商务局单用途预付卡监督检查情况", 13, today.minusDays(9)), publisher, today);
		atLeader.submit(chain, publisher, now);
		atLeader.approve(chain, publisher, null, now, today);
		atLeader.approve(chain, section, "保密审查通过，不涉及国家秘密和商业秘密", now, today);
		entries.update(atLeader, null, publicationClock.due(atLeader.getContent().formedOn()));
		newEntry(commerce, content(EntryKind.DOCUMENT, "卧龙区商务局政府采购意向公开（第二批）", 9, today.minusDays(40)), publisher,
				today);
		log.info("Loaded disclosure demo data: {} entries of 卧龙区商务局 for 2023, drafts {} and {} in review", seed.size(),
				draft.getIndexNumber(), atSection.getIndexNumber());

		int others = 0;
		for (Agency agency : byName.values()) {
			if (agency.getKind() != AgencyKind.AGENCY || agency.getId().equals(commerce.getId())) {
				continue;
			}
			List<String[]> titles = recent(agency.getName());
			for (int i = 0; i < titles.size(); i++) {
				LocalDate published = LocalDate.of(i % 2 == 0 ? 2025 : 2026, 1 + (i * 5) % 11, 8 + i % 15);
				Actor drafter = drafterOf(agency);
				publishedEntry(agency, settings.chain(agency.getId()), titles.get(i), published.minusDays(5), published,
						drafter, List.of(drafter, DEMO_REVIEWER, DEMO_REVIEWER), null);
				others++;
			}
		}
		log.info("Loaded {} published demo entries of other agencies for 2025 and 2026", others);
	}

	/**
	 * Drafts and publishes one entry; an interpretation interprets {@code previous}, the
	 * entry before it. Returns the entry's id.
	 */
	private long publishedEntry(Agency agency, ReviewChain chain, String[] seed, LocalDate formed, LocalDate published,
			Actor drafter, List<Actor> reviewers, Long previous) {
		EntryKind kind = EntryKind.valueOf(seed[2]);
		EntryContent content = content(kind, seed[0], Integer.parseInt(seed[1]), formed);
		if (kind == EntryKind.INTERPRETATION) {
			content = new EntryContent(kind, content.title(), content.summary(), formed, null, null, content.topic(),
					content.genre(), content.article20Item(), null, Validity.VALID, formed, null, "政府网站",
					content.body(), previous, List.of());
		}
		CatalogueEntry entry = newEntry(agency, content, drafter, formed);
		Instant at = published.atTime(LocalTime.of(10, 0)).atZone(Zones.BEIJING).toInstant();
		entry.submit(chain, drafter, at);
		for (int level = 1; level <= chain.size(); level++) {
			entry.approve(chain, reviewers.get(Math.min(level - 1, reviewers.size() - 1)), null, at, published);
		}
		entries.update(entry, null, null);
		return entry.getId();
	}

	private CatalogueEntry newEntry(Agency agency, EntryContent content, Actor drafter, LocalDate created) {
		String number = indexNumbers.next(agency.getId(), agency.getCreditCode(), settings.pattern(agency.getId()),
				created.getYear());
		CatalogueEntry entry = CatalogueEntry.draft(agency.getId(), number,
				content.withBody(RichText.sanitise(content.body())), drafter,
				created.atTime(LocalTime.of(9, 0)).atZone(Zones.BEIJING).toInstant());
		entries.insert(entry, publicationClock.due(content.formedOn()), drafter.username());
		return entries.load(entry.getId());
	}

	private static EntryContent content(EntryKind kind, String title, int item, LocalDate formed) {
		return new EntryContent(kind, title, title + "。", formed, null, null, topic(item),
				kind == EntryKind.LIST ? "目录" : kind == EntryKind.INTERPRETATION ? "解读" : "公告公示", item, null,
				Validity.VALID, formed, null, "政府网站", "<p>" + title + "。</p><p>（演示数据）</p>", null, List.of());
	}

	private static String topic(int item) {
		return switch (item) {
			case 2 -> "机构职能";
			case 3 -> "规划计划";
			case 4 -> "统计信息";
			case 5, 6 -> "行政执法";
			case 7, 8, 9 -> "财政资金";
			case 11 -> "民生保障";
			case 12, 13 -> "安全监管";
			case 14 -> "人事信息";
			default -> "其他";
		};
	}

	/** The {@code i}th of {@code n} working days spread over 2023 (Monday to Friday). */
	private static LocalDate workingDayOf2023(int i, int n) {
		LocalDate day = LocalDate.of(2023, 1, 10).plusDays((long) i * 350 / n);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** An account of the agency, as the drafter of its demo entries. */
	private Actor drafterOf(Agency agency) {
		return staffMembers.findAll()
			.stream()
			.filter(member -> member.grants().stream().anyMatch(grant -> grant.agencyId() == agency.getId()))
			.findFirst()
			.map(member -> new Actor(member.getId(), member.getUsername(), member.getDisplayName(),
					Set.of(Role.PUBLISHER)))
			.orElse(new Actor(-1, "demo", "演示数据起草人", Set.of(Role.PUBLISHER)));
	}

	private Actor actor(String username, Role role) {
		Staff member = staffMembers.findByUsername(username).orElse(null);
		return member == null ? new Actor(0, username, username, Set.of(role))
				: new Actor(member.getId(), username, member.getDisplayName(), Set.of(role));
	}

	/** The 45 entries of 2023: title, Article 20 item, kind. */
	static List<String[]> commerce2023() {
		return List.of(new String[] { "卧龙区商务局 2022 年政府信息公开工作年度报告", "15", "DOCUMENT" },
				new String[] { "卧龙区商务局 2023 年政务公开工作要点", "15", "DOCUMENT" },
				new String[] { "卧龙区商务局机构职能", "2", "DOCUMENT" }, new String[] { "卧龙区商务局领导分工", "2", "DOCUMENT" },
				new String[] { "卧龙区商务局办公地址、办公时间及联系方式", "2", "DOCUMENT" },
				new String[] { "卧龙区商务局 2023 年部门预算", "7", "DOCUMENT" },
				new String[] { "卧龙区商务局 2023 年部门预算编制说明（政策解读）", "7", "INTERPRETATION" },
				new String[] { "卧龙区 2023 年 1—2 月社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商务局 2023 年“双随机、一公开”抽查计划", "6", "DOCUMENT" },
				new String[] { "卧龙区商务局行政执法事项清单", "6", "LIST" },
				new String[] { "卧龙区 2023 年促消费系列活动方案", "11", "DOCUMENT" },
				new String[] { "《卧龙区 2023 年促消费系列活动方案》解读", "11", "INTERPRETATION" },
				new String[] { "卧龙区商务局成品油零售经营资格审查办事指南", "5", "DOCUMENT" },
				new String[] { "卧龙区 2023 年第一季度社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商务局 2023 年重大行政决策事项目录", "15", "LIST" },
				new String[] { "卧龙区商务局 2023 年政府采购意向公开", "9", "DOCUMENT" },
				new String[] { "卧龙区商务系统安全生产大检查工作方案", "13", "DOCUMENT" },
				new String[] { "卧龙区 2023 年 1—4 月外贸进出口情况", "4", "DOCUMENT" },
				new String[] { "卧龙区电子商务进农村综合示范项目实施方案", "3", "DOCUMENT" }, new String[] { "卧龙区商务局权责清单", "2", "LIST" },
				new String[] { "卧龙区 2023 年 1—5 月社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商贸流通领域突发事件应急预案", "12", "DOCUMENT" },
				new String[] { "卧龙区商务局 2022 年部门决算", "7", "DOCUMENT" },
				new String[] { "卧龙区商务局 2022 年“三公”经费决算说明", "7", "DOCUMENT" },
				new String[] { "卧龙区 2023 年上半年商务运行情况", "4", "DOCUMENT" },
				new String[] { "卧龙区单用途商业预付卡管理工作指引", "6", "DOCUMENT" },
				new String[] { "卧龙区商务局行政许可事项及办理流程", "5", "DOCUMENT" },
				new String[] { "卧龙区 2023 年家电以旧换新活动公告", "11", "DOCUMENT" },
				new String[] { "关于家电以旧换新补贴申领的政策解读", "11", "INTERPRETATION" },
				new String[] { "卧龙区 2023 年 1—7 月社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商务系统燃气安全专项整治工作方案", "13", "DOCUMENT" },
				new String[] { "卧龙区商贸企业安全生产监督检查情况通报", "13", "DOCUMENT" },
				new String[] { "卧龙区 2023 年 1—8 月外贸进出口情况", "4", "DOCUMENT" },
				new String[] { "卧龙区“中秋国庆”消费季活动安排", "11", "DOCUMENT" },
				new String[] { "卧龙区 2023 年前三季度商务运行情况", "4", "DOCUMENT" },
				new String[] { "卧龙区农贸市场升级改造项目实施情况", "10", "DOCUMENT" },
				new String[] { "卧龙区商务局政府采购项目实施情况", "9", "DOCUMENT" },
				new String[] { "卧龙区商务局“放管服”改革工作进展", "5", "DOCUMENT" },
				new String[] { "卧龙区 2023 年 1—10 月社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商务局关于做好冬季商贸领域安全生产工作的通知", "13", "DOCUMENT" },
				new String[] { "卧龙区生活必需品市场供应保障预案", "12", "DOCUMENT" },
				new String[] { "卧龙区商务局公开招聘编外工作人员公告", "14", "DOCUMENT" },
				new String[] { "卧龙区商务局公开招聘编外工作人员拟聘用人员公示", "14", "DOCUMENT" },
				new String[] { "卧龙区 2023 年 1—11 月社会消费品零售总额", "4", "DOCUMENT" },
				new String[] { "卧龙区商务局 2024 年元旦春节市场保供工作方案", "12", "DOCUMENT" });
	}

	private static List<String[]> recent(String agency) {
		String prefix = agency;
		return List.of(new String[] { prefix + "机构职能", "2", "DOCUMENT" },
				new String[] { prefix + " 2025 年部门预算", "7", "DOCUMENT" },
				new String[] { prefix + " 2026 年部门预算", "7", "DOCUMENT" },
				new String[] { prefix + " 2024 年部门决算", "7", "DOCUMENT" },
				new String[] { prefix + " 2025 年政务公开工作要点", "15", "DOCUMENT" },
				new String[] { prefix + " 2026 年重大行政决策事项目录", "15", "LIST" },
				new String[] { prefix + " 2025 年政府采购意向公开", "9", "DOCUMENT" },
				new String[] { prefix + "突发事件应急预案", "12", "DOCUMENT" },
				new String[] { prefix + "“双随机、一公开”抽查结果公示", "13", "DOCUMENT" },
				new String[] { prefix + "公开招聘工作人员公告", "14", "DOCUMENT" },
				new String[] { prefix + "惠民政策及实施情况", "11", "DOCUMENT" },
				new String[] { prefix + " 2025 年政府信息公开工作年度报告", "15", "DOCUMENT" });
	}

}
