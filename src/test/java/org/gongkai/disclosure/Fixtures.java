package org.gongkai.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.shared.Zones;

/** Situations of the disclosure module's tests. */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	static final Instant NOW = at(TODAY, 10);

	static final long AGENCY = 7;

	static final Actor DRAFTER = new Actor(21, "publisher", "发布员 杨帆", Set.of(Role.PUBLISHER));

	static final Actor SECTION_HEAD = new Actor(22, "section", "科室负责人 孙丽", Set.of(Role.SECTION_HEAD));

	static final Actor LEADER = new Actor(23, "leader", "分管领导 高峰", Set.of(Role.LEADER));

	private Fixtures() {
	}

	static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Zones.BEIJING).toInstant();
	}

	static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, Zones.BEIJING);
	}

	static EntryContent content(String title) {
		return new EntryContent(EntryKind.DOCUMENT, title, "概述", TODAY, "宛龙商〔2025〕1 号", "卧龙区商务局", "商贸流通", "通知", 1, null,
				Validity.VALID, TODAY, null, "政府网站", "<p>正文</p>", null, List.of());
	}

	static CatalogueEntry draft() {
		return new CatalogueEntry(1L, AGENCY, "11411303MB0000002/2025-00001", content("关于开展 2025 年消费促进活动的通知"),
				EntryState.DRAFT, null, 0, null, null, DRAFTER.staffId(), DRAFTER.name(), null, 0, null, null, NOW, 0);
	}

	/**
	 * A chain of {@code n} levels: each a role of its own (level 1 the publisher), the
	 * second the secrecy review, every level after the first for others only.
	 */
	static ReviewChain chainOf(int n) {
		Role[] roles = { Role.PUBLISHER, Role.SECTION_HEAD, Role.REVIEWER, Role.OFFICE_HEAD, Role.LEADER };
		List<ReviewLevel> levels = new ArrayList<>();
		for (int k = 1; k <= n; k++) {
			levels.add(new ReviewLevel(k, roles[k == n && n > 1 ? 4 : k - 1], n == 1 ? true : k == 2, k > 1));
		}
		return new ReviewChain(levels);
	}

	/** Someone other than the drafter holding level {@code k}'s role. */
	static Actor reviewerAt(ReviewChain chain, int k) {
		return new Actor(100 + k, "reviewer" + k, "第" + k + "级审核人", Set.of(chain.level(k).role()));
	}

}
