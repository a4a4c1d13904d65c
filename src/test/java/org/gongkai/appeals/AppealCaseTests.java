package org.gongkai.appeals;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestStatus;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gongkai.appeals.Fixtures.ACTOR;
import static org.gongkai.appeals.Fixtures.AGENCY;
import static org.gongkai.appeals.Fixtures.NOW;
import static org.gongkai.appeals.Fixtures.REPLIED;
import static org.gongkai.appeals.Fixtures.TODAY;

/**
 * The case aggregate and its verbs, without Spring, on the fixed day
 * {@link Fixtures#TODAY}.
 */
class AppealCaseTests {

	@Test
	void aReconsiderationLinkedToAnAnsweredApplicationStartsPendingWithTheApplicantCopied() {
		AppealCase appeal = Fixtures.pendingReconsideration();

		assertThat(appeal.getResult()).isEqualTo(AppealResult.PENDING);
		assertThat(appeal.decision()).isNull();
		assertThat(appeal.getRequestId()).isEqualTo(501L);
		assertThat(appeal.applicationReference()).isEqualTo("WL25030001");
		assertThat(appeal.getApplicantName()).isEqualTo("王小明");
		assertThat(appeal.getApplicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(appeal.drainEvents()).singleElement().isInstanceOfSatisfying(AppealRegistered.class, event -> {
			assertThat(event.agencyId()).isEqualTo(AGENCY);
			assertThat(event.summary()).contains("行政复议", "卧政复〔2025〕12 号", "王**", "WL25030001").doesNotContain("王小明");
		});
	}

	@Test
	void refusesAFilingDateBeforeTheContestedReply() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, Fixtures.answeredApplication(),
						Fixtures.reconsiderationFacts(REPLIED.minusDays(1)), null, ACTOR, NOW, TODAY));

		assertThat(invalid.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("filedOn");
			assertThat(problem.code()).isEqualTo("appeal.error.filedOn.tooEarly");
			assertThat(problem.args()).contains(REPLIED.toString());
		});
	}

	@Test
	void aFailureToReplyMayBeContestedBeforeAnyReplyButNotBeforeReceipt() {
		CaseFacts beforeReply = new CaseFacts("南阳市卧龙区人民政府", null, LocalDate.of(2025, 4, 1),
				ContestedAct.FAILURE_TO_REPLY, null);
		AppealCase appeal = AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, Fixtures.openApplication(),
				beforeReply, null, ACTOR, NOW, TODAY);
		assertThat(appeal.getFiledOn()).isEqualTo(LocalDate.of(2025, 4, 1));

		CaseFacts beforeReceipt = new CaseFacts("南阳市卧龙区人民政府", null, Fixtures.RECEIVED.minusDays(1),
				ContestedAct.FAILURE_TO_REPLY, null);
		assertThatThrownBy(() -> AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, Fixtures.openApplication(),
				beforeReceipt, null, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
				.containsExactly("appeal.error.filedOn.tooEarly"));
	}

	@Test
	void refusesAFilingDateInTheFuture() {
		assertThatThrownBy(() -> AppealCase.register(AGENCY, AppealKind.LITIGATION_DIRECT,
				Fixtures.answeredApplication(), Fixtures.lawsuitFacts(TODAY.plusDays(1)), null, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
				.containsExactly("appeal.error.date.future"));
	}

	@Test
	void reportsEveryMissingFieldAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> AppealCase.register(AGENCY, null, null,
				new CaseFacts(" ", null, null, null, "x".repeat(2001)), null, ACTOR, NOW, TODAY));

		assertThat(invalid.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("kind", "requestRef", "body", "filedOn", "contestedAct", "claims");
	}

	@Test
	void anOlderApplicationNeedsItsReferenceApplicantAndReplyDate() {
		ApplicationLink.Older incomplete = new ApplicationLink.Older(null, null, "", null);

		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> AppealCase.register(AGENCY,
				AppealKind.RECONSIDERATION, incomplete, Fixtures.reconsiderationFacts(TODAY), null, ACTOR, NOW, TODAY));

		assertThat(invalid.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("externalReference", "applicantType", "applicantName", "originalReplyOn");
	}

	@Test
	void anOlderApplicationBoundsTheFilingDateByItsReplyDate() {
		AppealCase appeal = AppealCase.register(AGENCY, AppealKind.LITIGATION_DIRECT, Fixtures.olderApplication(),
				Fixtures.lawsuitFacts(LocalDate.of(2025, 1, 6)), null, ACTOR, NOW, TODAY);

		assertThat(appeal.getRequestId()).isNull();
		assertThat(appeal.applicationReference()).isEqualTo("2024 年依申请公开登记簿第 37 号");
		assertThat(appeal.getOriginalReplyOn()).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(appeal.maskedApplicant()).isEqualTo("南阳宛商贸易有限公司");
		assertThatThrownBy(() -> AppealCase.register(AGENCY, AppealKind.LITIGATION_DIRECT, Fixtures.olderApplication(),
				Fixtures.lawsuitFacts(LocalDate.of(2024, 11, 19)), null, ACTOR, NOW, TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesAnApplicationNeverReceived() {
		ApplicationLink.Linked submitted = new ApplicationLink.Linked(503, AGENCY, "WL25030003",
				ApplicantType.NATURAL_PERSON, "赵六", "标题", null, null, RequestStatus.SUBMITTED);

		assertThatThrownBy(() -> AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, submitted,
				Fixtures.reconsiderationFacts(TODAY), null, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.application-not-received"));
	}

	@Test
	void recordsAResultOnceAndRefusesASecondDecisionWithoutCorrection() {
		AppealCase appeal = Fixtures.pendingReconsideration();
		appeal.drainEvents();

		appeal.decide(Fixtures.decision(Disposition.UPHELD, LocalDate.of(2025, 6, 5)), false, ACTOR, NOW, TODAY);

		assertThat(appeal.getResult()).isEqualTo(AppealResult.UPHELD);
		assertThat(appeal.getDecidedOn()).isEqualTo(LocalDate.of(2025, 6, 5));
		assertThat(appeal.drainEvents()).singleElement()
			.isInstanceOfSatisfying(AppealDecided.class, event -> assertThat(event.summary()).contains("决定维持", "结果维持"));
		assertThatThrownBy(() -> appeal.decide(Fixtures.decision(Disposition.REVOKED, TODAY), false, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.code()).isEqualTo("appeal.already-decided");
				assertThat(e.getMessage()).contains("更正结果");
			});
		assertThat(appeal.getResult()).isEqualTo(AppealResult.UPHELD);
		assertThat(appeal.drainEvents()).isEmpty();
	}

	@Test
	void refusesAResultDatedBeforeFilingOrInTheFutureOrFoundOnlyInTheOtherKindOfProceeding() {
		AppealCase reconsideration = Fixtures.pendingReconsideration();
		AppealCase lawsuit = AppealCase.register(AGENCY, AppealKind.LITIGATION_DIRECT, Fixtures.answeredApplication(),
				Fixtures.lawsuitFacts(LocalDate.of(2025, 4, 10)), null, ACTOR, NOW, TODAY);

		assertThat(problems(() -> reconsideration
			.decide(Fixtures.decision(Disposition.UPHELD, LocalDate.of(2025, 4, 9)), false, ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.decidedOn.beforeFiling");
		assertThat(problems(() -> reconsideration.decide(Fixtures.decision(Disposition.UPHELD, TODAY.plusDays(1)),
				false, ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.date.future");
		assertThat(
				problems(() -> lawsuit.decide(Fixtures.decision(Disposition.UPHELD, TODAY), false, ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.disposition.kind");
		assertThat(problems(() -> lawsuit.decide(new Decision(null, null, null, null), false, ACTOR, NOW, TODAY)))
			.containsExactlyInAnyOrder("appeal.error.disposition.required", "appeal.error.decidedOn.required");
		assertThat(reconsideration.getResult()).isEqualTo(AppealResult.PENDING);
		assertThat(lawsuit.getResult()).isEqualTo(AppealResult.PENDING);
	}

	@Test
	void correctingAResultNeedsAReasonAndRecordsBeforeAndAfter() {
		AppealCase appeal = Fixtures.decidedReconsideration(Disposition.UPHELD);
		Decision revoked = Fixtures.decision(Disposition.REVOKED, LocalDate.of(2025, 6, 6));

		assertThat(problems(() -> appeal.correctDecision(revoked, " ", null, false, ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.reason.required");
		appeal.correctDecision(revoked, "录入错误：决定书为撤销", null, false, ACTOR, NOW, TODAY);

		assertThat(appeal.getResult()).isEqualTo(AppealResult.CORRECTED);
		assertThat(appeal.getCorrections()).isEqualTo(1);
		assertThat(appeal.drainEvents()).singleElement()
			.isInstanceOfSatisfying(AppealDecisionCorrected.class, event -> {
				assertThat(event.previous()).isEqualTo(Disposition.UPHELD);
				assertThat(event.disposition()).isEqualTo(Disposition.REVOKED);
				assertThat(event.summary()).contains("决定维持", "撤销或部分撤销", "录入错误");
			});
	}

	@Test
	void aCorrectionMustChangeSomethingAndNeedsARecordedResult() {
		AppealCase decided = Fixtures.decidedReconsideration(Disposition.UPHELD);
		AppealCase pending = Fixtures.pendingReconsideration();

		assertThatThrownBy(
				() -> decided.correctDecision(Fixtures.decision(Disposition.UPHELD, LocalDate.of(2025, 6, 5)), "再次确认",
						null, false, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("appeal.nothing-changed"));
		assertThatThrownBy(() -> pending.correctDecision(Fixtures.decision(Disposition.UPHELD, TODAY), "原因", null,
				false, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("appeal.not-decided"));
		assertThat(decided.getCorrections()).isZero();
	}

	@Test
	void aResultMayBeWithdrawnSoThatTheCaseIsPendingAgainUnlessALawsuitRestsOnIt() {
		AppealCase free = Fixtures.decidedReconsideration(Disposition.WITHDRAWN);
		free.correctDecision(null, "撤回申请的裁定被撤销，复议恢复审理", null, false, ACTOR, NOW, TODAY);
		assertThat(free.getResult()).isEqualTo(AppealResult.PENDING);
		assertThat(free.getDecidedOn()).isNull();

		AppealCase challenged = Fixtures.decidedReconsideration(Disposition.UPHELD);
		LocalDate lawsuitFiled = LocalDate.of(2025, 6, 10);
		assertThatThrownBy(() -> challenged.correctDecision(null, "原因", lawsuitFiled, false, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.lawsuit-blocks-withdrawal"));
		assertThatThrownBy(() -> challenged.correctDecision(
				Fixtures.decision(Disposition.CLAIM_REJECTED, LocalDate.of(2025, 6, 11)), "原因", lawsuitFiled, false,
				ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.decided-after-lawsuit-filed"));
		assertThat(challenged.getResult()).isEqualTo(AppealResult.UPHELD);
	}

	@Test
	void aLawsuitAfterReconsiderationNeedsADecidedReconsiderationAndIsFiledAfterItsResult() {
		AppealCase pending = Fixtures.pendingReconsideration();
		assertThatThrownBy(
				() -> AppealCase.registerAfter(pending, Fixtures.lawsuitFacts(TODAY), null, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.reconsideration-pending"));

		AppealCase decided = Fixtures.decidedReconsideration(Disposition.UPHELD);
		assertThat(problems(() -> AppealCase.registerAfter(decided, Fixtures.lawsuitFacts(LocalDate.of(2025, 6, 4)),
				null, ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.filedOn.tooEarly");

		AppealCase lawsuit = AppealCase.registerAfter(decided, Fixtures.lawsuitFacts(LocalDate.of(2025, 6, 12)), null,
				ACTOR, NOW, TODAY);
		assertThat(lawsuit.getKind()).isEqualTo(AppealKind.LITIGATION_AFTER_RECONSIDERATION);
		assertThat(lawsuit.getReconsiderationId()).isEqualTo(decided.getId());
		assertThat(lawsuit.getRequestId()).isEqualTo(decided.getRequestId());
		assertThat(lawsuit.getApplicantName()).isEqualTo(decided.getApplicantName());
	}

	@Test
	void aLawsuitAfterReconsiderationCannotFollowAnotherLawsuit() {
		AppealCase lawsuit = Fixtures
			.withId(AppealCase.register(AGENCY, AppealKind.LITIGATION_DIRECT, Fixtures.answeredApplication(),
					Fixtures.lawsuitFacts(LocalDate.of(2025, 4, 10)), null, ACTOR, NOW, TODAY));
		lawsuit.decide(Fixtures.decision(Disposition.CLAIM_REJECTED, LocalDate.of(2025, 6, 1)), false, ACTOR, NOW,
				TODAY);

		assertThatThrownBy(
				() -> AppealCase.registerAfter(lawsuit, Fixtures.lawsuitFacts(TODAY), null, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.code()).isEqualTo("appeal.not-a-reconsideration"));
	}

	@Test
	void onlyAResultThatSendsTheCaseBackReopensADisposedApplicationOfThisSystemAndOnlyOnce() {
		AppealCase appeal = Fixtures.pendingReconsideration();
		ApplicationLink.Linked answered = Fixtures.answeredApplication();

		assertThat(appeal.mustReopen(Disposition.REVOKED, answered)).isTrue();
		assertThat(appeal.mustReopen(Disposition.ORDERED_TO_ACT, answered)).isTrue();
		assertThat(appeal.mustReopen(Disposition.ALTERED, answered)).isTrue();
		assertThat(appeal.mustReopen(Disposition.DECLARED_UNLAWFUL, answered)).isFalse();
		assertThat(appeal.mustReopen(Disposition.UPHELD, answered)).isFalse();
		assertThat(appeal.mustReopen(Disposition.WITHDRAWN, answered)).isFalse();
		assertThat(appeal.mustReopen(Disposition.REVOKED, Fixtures.openApplication())).isFalse();

		appeal.decide(Fixtures.decision(Disposition.REVOKED, TODAY), true, ACTOR, NOW, TODAY);

		assertThat(appeal.getRequestReopenedOn()).isEqualTo(TODAY);
		assertThat(appeal.mustReopen(Disposition.ORDERED_TO_ACT, answered)).isFalse();
		assertThat(appeal.drainEvents()).last().isInstanceOfSatisfying(AppealDecided.class, event -> {
			assertThat(event.reopenedRequest()).isEqualTo(501L);
			assertThat(event.summary()).contains("结果纠正", "WL25030001 已重新办理");
		});
	}

	@Test
	void aCorrectingResultForAnOlderApplicationSaysItMustBeHandledOutsideTheSystem() {
		AppealCase appeal = Fixtures
			.withId(AppealCase.register(AGENCY, AppealKind.RECONSIDERATION, Fixtures.olderApplication(),
					Fixtures.reconsiderationFacts(LocalDate.of(2025, 1, 6)), null, ACTOR, NOW, TODAY));

		assertThat(appeal.mustReopen(Disposition.REVOKED, null)).isFalse();
		appeal.decide(Fixtures.decision(Disposition.REVOKED, TODAY), false, ACTOR, NOW, TODAY);

		assertThat(appeal.getRequestReopenedOn()).isNull();
		assertThat(appeal.drainEvents()).last()
			.isInstanceOfSatisfying(AppealDecided.class, event -> assertThat(event.summary()).contains("不在本系统中"));
	}

	@Test
	void aVoidedCaseIsReadOnlyAndVoidingNeedsAReasonAndNoLawsuitResting() {
		AppealCase appeal = Fixtures.decidedReconsideration(Disposition.UPHELD);
		assertThat(problems(() -> appeal.voidEntry("", false, ACTOR, NOW)))
			.containsExactly("appeal.error.reason.required");
		assertThatThrownBy(() -> appeal.voidEntry("重复录入", true, ACTOR, NOW)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo("appeal.lawsuit-blocks-void"));

		appeal.voidEntry("重复录入", false, ACTOR, NOW);

		assertThat(appeal.isVoided()).isTrue();
		assertThatThrownBy(() -> appeal.correctDecision(null, "原因", null, false, ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("appeal.voided"));
		assertThatThrownBy(() -> appeal.attached(1, AppealDocumentKind.DECISION, "a.pdf", ACTOR, NOW))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> appeal.voidEntry("again", false, ACTOR, NOW)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void amendingRecordsEachChangedFieldAndKeepsTheDatesInOrder() {
		AppealCase appeal = Fixtures.decidedReconsideration(Disposition.UPHELD);
		CaseFacts facts = appeal.facts();
		CaseFacts renumbered = new CaseFacts(facts.body(), "卧政复〔2025〕13 号", facts.filedOn(), facts.contestedAct(),
				facts.claims());

		appeal.amend(renumbered, REPLIED, "答复日期", ACTOR, NOW, TODAY);

		assertThat(appeal.getCaseNumber()).isEqualTo("卧政复〔2025〕13 号");
		assertThat(appeal.drainEvents()).singleElement()
			.isInstanceOfSatisfying(AppealAmended.class,
					event -> assertThat(event.changes()).isEqualTo("案号：卧政复〔2025〕12 号 → 卧政复〔2025〕13 号"));
		assertThatThrownBy(() -> appeal.amend(renumbered, REPLIED, "答复日期", ACTOR, NOW, TODAY))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("appeal.nothing-changed"));
		CaseFacts afterDecision = new CaseFacts(facts.body(), facts.caseNumber(), LocalDate.of(2025, 6, 6),
				facts.contestedAct(), facts.claims());
		assertThat(problems(() -> appeal.amend(afterDecision, REPLIED, "答复日期", ACTOR, NOW, TODAY)))
			.containsExactly("appeal.error.filedOn.afterDecision");
	}

	@Test
	void dispositionsFallInTheColumnsOfTableFour() {
		assertThat(Disposition.WITHDRAWN.result()).as("R6: a withdrawn reconsideration is 其他结果")
			.isEqualTo(AppealResult.OTHER);
		assertThat(Disposition.UPHELD.result()).isEqualTo(AppealResult.UPHELD);
		assertThat(Disposition.CLAIM_REJECTED.result()).isEqualTo(AppealResult.UPHELD);
		assertThat(List.of(Disposition.REVOKED, Disposition.ALTERED, Disposition.ORDERED_TO_ACT,
				Disposition.DECLARED_UNLAWFUL, Disposition.CONFIRMED_VOID))
			.allMatch(d -> d.result() == AppealResult.CORRECTED);
		assertThat(List.of(Disposition.DISMISSED, Disposition.SETTLED, Disposition.TERMINATED))
			.allMatch(d -> d.result() == AppealResult.OTHER);
		assertThat(Disposition.values()).filteredOn(Disposition::sendsBack)
			.as("确认无效 leaves the application unanswered: handled again")
			.containsExactlyInAnyOrder(Disposition.REVOKED, Disposition.ALTERED, Disposition.ORDERED_TO_ACT,
					Disposition.CONFIRMED_VOID);
		assertThat(Disposition.UPHELD.appliesTo(AppealKind.LITIGATION_DIRECT)).isFalse();
		assertThat(Disposition.UPHELD.appliesTo(AppealKind.RECONSIDERATION)).isTrue();
	}

	@Test
	void masksNaturalPersonsButNotOrganisations() {
		assertThat(ApplicantNames.masked(ApplicantType.NATURAL_PERSON, "王小明")).isEqualTo("王**");
		assertThat(ApplicantNames.masked(ApplicantType.NATURAL_PERSON, "王")).isEqualTo("王*");
		assertThat(ApplicantNames.masked(ApplicantType.NATURAL_PERSON, "𠀀小")).isEqualTo("𠀀*");
		assertThat(ApplicantNames.masked(ApplicantType.LEGAL_SERVICE_AGENCY, "河南某律师事务所")).isEqualTo("河南某律师事务所");
	}

	private static List<String> problems(Runnable action) {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, action::run);
		assertThat(invalid).as("expected field problems").isNotNull();
		return invalid.problems().stream().map(FieldProblem::code).toList();
	}

}
