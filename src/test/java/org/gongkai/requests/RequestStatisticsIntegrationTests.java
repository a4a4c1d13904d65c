package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.calendar.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 三 over generated histories: applications of every applicant type received across
 * several years, disposed of with every outcome or left open, some reopened; the figures
 * must match an independent count and satisfy R-OFF-1, R-1, R-2 and R-4 in every column
 * of every year.
 */
class RequestStatisticsIntegrationTests extends RequestsIntegrationTest {

	@Autowired
	RequestStore store;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Agencies agencies;

	/** A round as the test generated it, for the independent count. */
	record Interval(ApplicantType type, LocalDate start, LocalDate end, Outcome outcome) {
	}

	long newAgency() {
		Agency region = agencies.findByKindOrderByName(AgencyKind.REGION).get(0);
		return agencies.save(new Agency(region.getId(), AgencyKind.AGENCY, "统计测试局 " + System.nanoTime(), null)).getId();
	}

	@Test
	void hasAllTwentyFiveRowsInTableOrderWithSevenColumns() {
		var table = statistics.forYear(newAgency(), 2024);

		assertThat(table.rows().keySet()).containsExactlyElementsOf(RequestStatistics.ROW_KEYS).hasSize(25);
		assertThat(RequestStatistics.ROW_KEYS)
			.startsWith("newlyReceived", "carriedOver", "granted", "partiallyGranted", "withheld.stateSecret")
			.endsWith("otherDisposal.other", "totalProcessed", "carriedForward");
		assertThat(table.rows().values()).allSatisfy(cells -> assertThat(cells.total()).isZero());
		@SuppressWarnings("unchecked")
		Map<String, Object> withheld = (Map<String, Object>) table.applications().get("withheld");
		assertThat(withheld).containsKeys("stateSecret", "thirdPartyRights", "administrativeQuery");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 2024 })
	void figuresMatchAnIndependentCountAndEveryConsistencyRuleHolds(long seed) {
		long agency = newAgency();
		List<Interval> intervals = generate(agency, new Random(seed), 120);

		for (int year = 2022; year <= 2026; year++) {
			var table = statistics.forYear(agency, year);
			var previous = statistics.forYear(agency, year - 1);
			for (ApplicantType type : ApplicantType.values()) {
				long newly = table.row("newlyReceived").get(type);
				long over = table.row("carriedOver").get(type);
				long processed = table.row("totalProcessed").get(type);
				long forward = table.row("carriedForward").get(type);
				assertThat(newly + over).as("R-OFF-1 %s %s", year, type).isEqualTo(processed + forward);
				assertThat(over).as("R-4 %s %s", year, type).isEqualTo(previous.row("carriedForward").get(type));
				long outcomes = 0;
				for (Outcome outcome : Outcome.rows()) {
					outcomes += table.row(outcome).get(type);
				}
				assertThat(outcomes).as("R-1 %s %s", year, type).isEqualTo(processed);
				assertThat(newly).isEqualTo(expected(intervals, type, year, "newly"));
				assertThat(over).isEqualTo(expected(intervals, type, year, "over"));
				assertThat(forward).isEqualTo(expected(intervals, type, year, "forward"));
				for (Outcome outcome : Outcome.rows()) {
					final int y = year;
					assertThat(table.row(outcome).get(type)).as("%s %s %s", y, outcome, type)
						.isEqualTo(intervals.stream()
							.filter(i -> i.type() == type && i.outcome() != null
									&& i.outcome().rowKey().equals(outcome.key()) && i.end() != null
									&& i.end().getYear() == y)
							.count());
				}
			}
			for (String key : RequestStatistics.ROW_KEYS) {
				var cells = table.row(key);
				long sum = 0;
				for (ApplicantType type : ApplicantType.values()) {
					sum += cells.get(type);
				}
				assertThat(cells.total()).as("R-2 %s %s", year, key).isEqualTo(sum);
			}
			assertThat(table.row("newlyReceived").total() + table.row("carriedOver").total())
				.isEqualTo(table.row("totalProcessed").total() + table.row("carriedForward").total());
		}
	}

	@Test
	void anApplicationOpenOnThirtyFirstDecemberIsCarriedForwardThenCarriedOver() {
		long agency = newAgency();
		clock.setDay(LocalDate.of(2024, 12, 20));
		InformationRequest request = receive(agency, ApplicantType.LEGAL_SERVICE_AGENCY, LocalDate.of(2024, 12, 20));
		clock.setDay(LocalDate.of(2025, 1, 6));
		close(request, Outcome.PARTIALLY_GRANTED, LocalDate.of(2025, 1, 6));

		var y2024 = statistics.forYear(agency, 2024);
		var y2025 = statistics.forYear(agency, 2025);

		assertThat(y2024.row("newlyReceived").legalServiceAgency()).isEqualTo(1);
		assertThat(y2024.row("carriedForward").legalServiceAgency()).isEqualTo(1);
		assertThat(y2024.row("totalProcessed").total()).isZero();
		assertThat(y2025.row("carriedOver").legalServiceAgency()).isEqualTo(1);
		assertThat(y2025.row("newlyReceived").total()).isZero();
		assertThat(y2025.row(Outcome.PARTIALLY_GRANTED).legalServiceAgency()).isEqualTo(1);
		assertThat(y2025.row("carriedForward").total()).isZero();
	}

	@Test
	void submissionsNotConfirmedAsReceivedAreNotCounted() {
		long agency = newAgency();
		InformationRequest online = InformationRequest.register(agency,
				new InformationRequest.Intake(Channel.ONLINE, TODAY, null, null, null), Fixtures.RECEIPT_RULES,
				Fixtures.person(), Fixtures.sought(),
				new InformationRequest.Keys("GK-STAT-" + System.nanoTime() % 100000, null, null), Actor.PUBLIC,
				clock.instant(), TODAY);
		store.save(online);

		assertThat(statistics.forYear(agency, TODAY.getYear()).row("newlyReceived").total()).isZero();
	}

	private List<Interval> generate(long agency, Random random, int count) {
		List<Interval> intervals = new ArrayList<>();
		Outcome[] outcomes = Outcome.values();
		ApplicantType[] types = ApplicantType.values();
		for (int i = 0; i < count; i++) {
			ApplicantType type = types[random.nextInt(types.length)];
			LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365 * 4));
			clock.setDay(start);
			InformationRequest request = receive(agency, type, start);
			LocalDate roundStart = start;
			// Where the application counts from: a reopening in the year of the revoked
			// disposal replaces that disposal (issue 11, item 7), so the two rounds count
			// as
			// one interval from the first start to the final end.
			LocalDate countedFrom = start;
			int rounds = 1 + (random.nextInt(6) == 0 ? 1 : 0);
			for (int round = 1; round <= rounds; round++) {
				if (random.nextInt(5) == 0) {
					intervals.add(new Interval(type, countedFrom, null, null));
					break;
				}
				LocalDate end = roundStart.plusDays(random.nextInt(60));
				clock.setDay(end);
				Outcome outcome = close(request, outcomes[random.nextInt(outcomes.length)], end);
				intervals.add(new Interval(type, countedFrom, end, outcome));
				if (round < rounds) {
					roundStart = end.plusDays(1 + random.nextInt(200));
					if (roundStart.getYear() == end.getYear()) {
						countedFrom = intervals.remove(intervals.size() - 1).start();
					}
					else {
						countedFrom = roundStart;
					}
					clock.setDay(roundStart);
					request = store.load(request.getId());
					request.reopen("复议决定责令重新答复", Actor.SYSTEM, clock.instant(), roundStart);
					store.save(request);
				}
			}
		}
		return intervals;
	}

	private InformationRequest receive(long agency, ApplicantType type, LocalDate on) {
		Applicant applicant = type == ApplicantType.NATURAL_PERSON ? Fixtures.person()
				: Fixtures.companyDraft(type).applicant();
		InformationRequest request = InformationRequest.register(agency,
				new InformationRequest.Intake(Channel.IN_PERSON, on, null, null, null), Fixtures.RECEIPT_RULES,
				applicant, Fixtures.sought(), new InformationRequest.Keys(trackingCode(), null, null), Actor.PUBLIC,
				clock.instant(), on);
		return store.save(request);
	}

	/**
	 * Disposes of the current round with {@code outcome} on {@code on}, by the route that
	 * outcome takes; returns the outcome reached (a reopened round cannot lapse for a
	 * missing correction and is withdrawn instead).
	 */
	private Outcome close(InformationRequest loaded, Outcome outcome, LocalDate on) {
		InformationRequest request = store.load(loaded.getId());
		Actor staff = Actor.staff(0, "tester", "测试");
		Actor noId = new Actor(null, "tester", "测试");
		switch (outcome) {
			case OTHER_DISPOSAL_CORRECTION_OVERDUE -> {
				if (request.getRound() > 1 || request.getCorrectionRequestedOn() != null) {
					request.withdraw(on, "撤回", noId, clock.instant(), on);
					break;
				}
				request.requestCorrection("补正事项", 1, request.getReceivedOn(), request.getReceivedOn(), noId,
						clock.instant(), on);
				request.closeForMissingCorrection(on.minusDays(1), noId, clock.instant(), on);
			}
			case OTHER_DISPOSAL_OTHER -> request.withdraw(on, "申请人撤回", noId, clock.instant(), on);
			default -> {
				if (request.getStatus() == RequestStatus.RECEIVED) {
					request.accept(Actor.staff(staff("handler").id(), "handler", "承办人"), noId, clock.instant());
				}
				if (outcome == Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION
						&& request.getCorrectionReceivedOn() == null) {
					forceCorrection(request);
				}
				if (outcome == Outcome.NOT_PROCESSED_REPEATED && request.getRepeatOf() == null) {
					ReflectionTestUtils.setField(request, "repeatOf", request.getId());
				}
				if (outcome == Outcome.NOT_PROCESSED_EXCESSIVE) {
					// Article 35: the applicant asked for reasons and answered first.
					request.askReasons(request.roundStart(), request.roundStart().plusDays(1), noId, clock.instant(),
							on);
					request.recordReasons(request.roundStart(), "说明理由", noId, clock.instant(), on);
				}
				if (outcome == Outcome.WITHHELD_THIRD_PARTY_RIGHTS) {
					request.consult(ConsultationKind.THIRD_PARTY, "第三方", request.roundStart(), noId, clock.instant(),
							on);
				}
				request.draftReply(outcome, outcome.legalBasis(), "正文",
						new ResponsibleAgency("南阳市市场监督管理局", "0377-12345678"), true, List.of(), staff, clock.instant());
				request.answer(on, DeliveryMethod.POST, noId, clock.instant(), on);
			}
		}
		store.save(request);
		return request.getOutcome();
	}

	/**
	 * Gives a generated application a correction history, which the outcome 补正后仍不明确
	 * requires.
	 */
	private static void forceCorrection(InformationRequest request) {
		ReflectionTestUtils.setField(request, "correction",
				new Correction(request.getReceivedOn(), null, 1, request.getReceivedOn(), request.getReceivedOn()));
	}

	private static long expected(List<Interval> intervals, ApplicantType type, int year, String row) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return intervals.stream().filter(i -> i.type() == type).filter(i -> switch (row) {
			case "newly" -> i.start().getYear() == year;
			case "over" -> i.start().isBefore(first) && (i.end() == null || !i.end().isBefore(first));
			case "forward" -> !i.start().isAfter(last) && (i.end() == null || i.end().isAfter(last));
			default -> throw new IllegalArgumentException(row);
		}).count();
	}

	private static final Random codes = new Random();

	private static String trackingCode() {
		StringBuilder code = new StringBuilder("GK-");
		for (int i = 0; i < 10; i++) {
			if (i == 4 || i == 8) {
				code.append('-');
			}
			code.append(TrackingCodes.ALPHABET.charAt(codes.nextInt(32)));
		}
		return code.toString();
	}

}
