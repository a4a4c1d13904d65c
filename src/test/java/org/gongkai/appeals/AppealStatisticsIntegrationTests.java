package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.requests.ApplicantType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 四 from the database: a year worked by hand, and generated histories checked
 * against a plain count of the counting rule and against R-3 (总计 = 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结 in every group).
 */
class AppealStatisticsIntegrationTests extends AppealsIntegrationTest {

	@Autowired
	AppealStatistics statistics;

	@Autowired
	AppealCases cases;

	static final String ACTOR = "test";

	/** A case as the generator made it: what the counting rule needs to know. */
	record Truth(AppealKind kind, LocalDate filedOn, AppealResult result, LocalDate decidedOn, boolean voided) {
	}

	AppealCase older(long agencyId, AppealKind kind, LocalDate filedOn, String reference) {
		return AppealCase.register(agencyId, kind,
				new ApplicationLink.Older(reference, ApplicantType.NATURAL_PERSON, "测试申请人", filedOn.minusDays(20)),
				new CaseFacts("南阳市卧龙区人民政府", null, filedOn, ContestedAct.REPLY, null), null, ACTOR, clock.instant(),
				today());
	}

	AppealCase decided(AppealCase appeal, Disposition disposition, LocalDate on) {
		AppealCase saved = cases.save(appeal);
		saved.decide(new Decision(disposition, on, null, null), false, ACTOR, clock.instant(), today());
		return cases.save(saved);
	}

	@Test
	void aYearWorkedByHand() {
		long agency = agency("卧龙区教育局");
		// 2022: a reconsideration upheld, one withdrawn (其他结果, R6), one corrected only in
		// 2023 (尚未审结 in 2022),
		// one filed on 31 December still pending, one voided; a direct lawsuit settled; a
		// lawsuit after the upheld
		// reconsideration rejected on the merits (维持). Outside 2022: one filed on 1
		// January 2023, one on 31 Dec 2021.
		AppealCase upheld = decided(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2022, 3, 1), "甲"),
				Disposition.UPHELD, LocalDate.of(2022, 5, 10));
		decided(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2022, 4, 1), "乙"), Disposition.WITHDRAWN,
				LocalDate.of(2022, 4, 20));
		decided(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2022, 11, 1), "丙"), Disposition.REVOKED,
				LocalDate.of(2023, 1, 5));
		cases.save(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2022, 12, 31), "丁"));
		AppealCase voided = cases.save(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2022, 6, 1), "戊"));
		voided.voidEntry("重复录入", false, ACTOR, clock.instant());
		cases.save(voided);
		decided(older(agency, AppealKind.LITIGATION_DIRECT, LocalDate.of(2022, 2, 1), "己"), Disposition.SETTLED,
				LocalDate.of(2022, 9, 1));
		AppealCase after = cases.save(AppealCase.registerAfter(upheld,
				new CaseFacts("南阳市宛城区人民法院", null, LocalDate.of(2022, 5, 20), ContestedAct.REPLY, null), null, ACTOR,
				clock.instant(), today()));
		decided(after, Disposition.CLAIM_REJECTED, LocalDate.of(2022, 12, 31));
		cases.save(older(agency, AppealKind.RECONSIDERATION, LocalDate.of(2023, 1, 1), "庚"));
		cases.save(older(agency, AppealKind.LITIGATION_DIRECT, LocalDate.of(2021, 12, 31), "辛"));

		ReviewAndLitigation table = statistics.forYear(agency, 2022);

		assertThat(table.reconsideration()).isEqualTo(new ReviewAndLitigation.Counts(1, 0, 1, 2, 4));
		assertThat(table.litigationDirect()).isEqualTo(new ReviewAndLitigation.Counts(0, 0, 1, 0, 1));
		assertThat(table.litigationAfterReconsideration()).isEqualTo(new ReviewAndLitigation.Counts(1, 0, 0, 0, 1));
		assertThat(statistics.forYear(agency, 2023).reconsideration())
			.isEqualTo(new ReviewAndLitigation.Counts(0, 0, 0, 1, 1));
		assertThat(statistics.forYear(agency, 2021).litigationDirect())
			.isEqualTo(new ReviewAndLitigation.Counts(0, 0, 0, 1, 1));
		assertThat(statistics.forYear(agency, 2020)).isEqualTo(new ReviewAndLitigation(ReviewAndLitigation.Counts.NONE,
				ReviewAndLitigation.Counts.NONE, ReviewAndLitigation.Counts.NONE));
		assertThat(statistics.decidedAfterYearEnd(agency, 2022)).singleElement().satisfies(later -> {
			assertThat(later.disposition()).isEqualTo(Disposition.REVOKED);
			assertThat(later.decidedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
		});
	}

	@Test
	void generatedHistoriesCountAsTheRuleSaysAndEveryGroupSumsUp() {
		long agency = agency("卧龙区财政局");
		Random random = new Random(20240131);
		List<Truth> truth = new ArrayList<>();
		List<AppealCase> decidedReconsiderations = new ArrayList<>();
		Disposition[] dispositions = Disposition.values();
		for (int i = 0; i < 160; i++) {
			LocalDate filedOn = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 5));
			AppealCase appeal;
			if (!decidedReconsiderations.isEmpty() && random.nextInt(5) == 0) {
				AppealCase reconsideration = decidedReconsiderations
					.remove(random.nextInt(decidedReconsiderations.size()));
				filedOn = reconsideration.getDecidedOn().plusDays(random.nextInt(15));
				appeal = AppealCase.registerAfter(reconsideration,
						new CaseFacts("南阳市宛城区人民法院", null, filedOn, ContestedAct.REPLY, null), null, ACTOR,
						clock.instant(), today());
			}
			else {
				appeal = older(agency, random.nextBoolean() ? AppealKind.RECONSIDERATION : AppealKind.LITIGATION_DIRECT,
						filedOn, "生成 " + i);
			}
			appeal = cases.save(appeal);
			AppealResult result = AppealResult.PENDING;
			LocalDate decidedOn = null;
			if (random.nextInt(4) > 0) {
				Disposition disposition;
				do {
					disposition = dispositions[random.nextInt(dispositions.length)];
				}
				while (!disposition.appliesTo(appeal.getKind()));
				decidedOn = filedOn.plusDays(random.nextInt(200));
				appeal = decided(appeal, disposition, decidedOn);
				result = disposition.result();
				if (appeal.getKind() == AppealKind.RECONSIDERATION) {
					decidedReconsiderations.add(appeal);
				}
			}
			boolean voided = appeal.getKind() != AppealKind.RECONSIDERATION && random.nextInt(12) == 0;
			if (voided) {
				appeal.voidEntry("生成的误录", false, ACTOR, clock.instant());
				cases.save(appeal);
			}
			truth.add(new Truth(appeal.getKind(), filedOn, result, decidedOn, voided));
		}

		for (int year = 2018; year <= 2025; year++) {
			ReviewAndLitigation table = statistics.forYear(agency, year);
			for (AppealKind kind : AppealKind.values()) {
				ReviewAndLitigation.Counts counts = table.of(kind);
				assertThat(counts.sumsUp()).as("R-3 for %s in %d", kind, year).isTrue();
				assertThat(counts).as("%s in %d", kind, year).isEqualTo(expected(truth, kind, year));
			}
		}
		assertThat(truth).extracting(Truth::kind).contains(AppealKind.values());
		assertThat(truth).filteredOn(t -> t.decidedOn() != null && t.decidedOn().getYear() > t.filedOn().getYear())
			.as("some results fall after the year of filing")
			.isNotEmpty();
	}

	/** The counting rule of docs/appeals.md, applied one case at a time. */
	static ReviewAndLitigation.Counts expected(List<Truth> truth, AppealKind kind, int year) {
		Map<AppealResult, Integer> columns = new EnumMap<>(AppealResult.class);
		for (AppealResult result : AppealResult.values()) {
			columns.put(result, 0);
		}
		int total = 0;
		for (Truth t : truth) {
			if (t.kind() != kind || t.voided() || t.filedOn().getYear() != year) {
				continue;
			}
			boolean decidedInYear = t.decidedOn() != null && t.decidedOn().getYear() == year;
			columns.merge(decidedInYear ? t.result() : AppealResult.PENDING, 1, Integer::sum);
			total++;
		}
		return new ReviewAndLitigation.Counts(columns.get(AppealResult.UPHELD), columns.get(AppealResult.CORRECTED),
				columns.get(AppealResult.OTHER), columns.get(AppealResult.PENDING), total);
	}

}
