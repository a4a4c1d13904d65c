package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Nested;
import org.springframework.test.util.ReflectionTestUtils;
import org.gongkai.shared.IdentifierChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.Fixtures.HANDLER;
import static org.gongkai.requests.Fixtures.HEAD;
import static org.gongkai.requests.Fixtures.NOW;
import static org.gongkai.requests.Fixtures.REGISTRAR;
import static org.gongkai.requests.Fixtures.REVIEWER;
import static org.gongkai.requests.Fixtures.TODAY;

/**
 * The application aggregate's rules, without Spring, on the fixed day
 * {@link Fixtures#TODAY}.
 */
class InformationRequestTests {

	/**
	 * Asserts that {@code action} breaks rule {@code code} and leaves {@code request}
	 * exactly as it was.
	 */
	static void refused(InformationRequest request, String code, Runnable action) {
		RequestStatus before = request.getStatus();
		int rounds = request.getRounds().size();
		Outcome outcome = request.getOutcome();
		Integer extension = request.getExtensionDays();
		request.drainEvents();
		assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
		assertThat(request.getStatus()).isEqualTo(before);
		assertThat(request.getRounds()).hasSize(rounds);
		assertThat(request.getOutcome()).isEqualTo(outcome);
		assertThat(request.getExtensionDays()).isEqualTo(extension);
		assertThat(request.drainEvents()).isEmpty();
	}

	@Nested
	class Intake {

		@Test
		void anApplicationHandedInPersonIsReceivedThatDay() {
			InformationRequest request = Fixtures.receivedInPerson(TODAY.minusDays(3));

			assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
			assertThat(request.getReceivedOn()).isEqualTo(TODAY.minusDays(3));
			assertThat(request.getRounds()).singleElement().satisfies(round -> {
				assertThat(round.startedOn()).isEqualTo(TODAY.minusDays(3));
				assertThat(round.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
			});
			assertThat(request.drainEvents()).singleElement().isInstanceOf(RequestRegistered.class);
		}

		@Test
		void registeredMailIsReceivedOnTheDayTheAgencySignedForIt() {
			InformationRequest request = Fixtures.registered(new InformationRequest.Intake(Channel.REGISTERED_MAIL,
					TODAY.minusDays(5), TODAY.minusDays(2), null, "EMS 1234"), Fixtures.person());

			assertThat(request.getReceivedOn()).isEqualTo(TODAY.minusDays(2));
		}

		@Test
		void registeredMailWithoutSignedForDateIsRefused() {
			assertThatThrownBy(() -> Fixtures.registered(
					new InformationRequest.Intake(Channel.REGISTERED_MAIL, TODAY, null, null, null), Fixtures.person()))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("签收之日");
		}

		@ParameterizedTest
		@EnumSource(value = Channel.class, names = { "ONLINE", "FAX", "EMAIL", "HOTLINE_12345" })
		void channelsNeedingConfirmationWaitForItAndAreReceivedOnTheDayOfConfirmation(Channel channel) {
			InformationRequest request = Fixtures.registered(
					new InformationRequest.Intake(channel, TODAY.minusDays(4), null, null, null), Fixtures.person());
			assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
			assertThat(request.getReceivedOn()).isNull();
			assertThat(request.getRounds()).isEmpty();

			request.confirmReceipt(TODAY.minusDays(1), REGISTRAR, NOW, TODAY);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
			assertThat(request.getReceivedOn()).isEqualTo(TODAY.minusDays(1));
			assertThat(request.drainEvents()).last().isInstanceOf(ReceiptConfirmed.class);
		}

		@Test
		void anOrdinaryLetterIsReceivedOnItsArrivalDayAndALaterConfirmationNeedsAReason() {
			InformationRequest request = Fixtures.registered(
					new InformationRequest.Intake(Channel.ORDINARY_LETTER, TODAY.minusDays(4), null, null, null),
					Fixtures.person());
			assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);

			refused(request, "request.late-confirmation-reason-missing",
					() -> request.confirmReceipt(TODAY.minusDays(1), REGISTRAR, NOW, TODAY));
			assertThatThrownBy(() -> Fixtures.registered(new InformationRequest.Intake(Channel.ORDINARY_LETTER,
					TODAY.minusDays(4), null, TODAY.minusDays(1), null), Fixtures.person()))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("第三十一条第（二）项");
			request.confirmReceipt(TODAY.minusDays(1), "信函周末到达", REGISTRAR, NOW, TODAY);

			assertThat(request.getReceivedOn()).isEqualTo(TODAY.minusDays(4));
			assertThat(request.getConfirmedOn()).isEqualTo(TODAY.minusDays(1));
			assertThat(request.getConfirmationReason()).isEqualTo("信函周末到达");
			assertThat(request.getRounds()).singleElement()
				.satisfies(round -> assertThat(round.startedOn()).isEqualTo(TODAY.minusDays(4)));

			InformationRequest sameDay = Fixtures.registered(
					new InformationRequest.Intake(Channel.ORDINARY_LETTER, TODAY, null, null, null), Fixtures.person());
			sameDay.confirmReceipt(TODAY, REGISTRAR, NOW, TODAY);
			assertThat(sameDay.getReceivedOn()).isEqualTo(TODAY);
			assertThat(sameDay.getConfirmationReason()).isNull();
		}

		@Test
		void aConfirmationCannotPrecedeTheSubmissionNorLieInTheFuture() {
			InformationRequest request = Fixtures.submittedOnline(TODAY.minusDays(1));

			refused(request, "request.confirmation-before-submission",
					() -> request.confirmReceipt(TODAY.minusDays(2), REGISTRAR, NOW, TODAY));
			refused(request, "request.confirmation-date-out-of-range",
					() -> request.confirmReceipt(TODAY.plusDays(1), REGISTRAR, NOW, TODAY));
		}

		@Test
		void aFutureSubmissionDateIsRefused() {
			assertThatThrownBy(() -> Fixtures.receivedInPerson(TODAY.plusDays(1))).isInstanceOf(RuleViolation.class);
		}

		@Test
		void anUnconfirmedSubmissionCanBeDismissedWithAReasonAndIsNeverCounted() {
			InformationRequest request = Fixtures.submittedOnline(TODAY);

			request.dismiss("测试提交，申请人确认无需办理", REGISTRAR, NOW);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.DISMISSED);
			assertThat(request.getRounds()).isEmpty();
		}

		@Test
		void aReceivedApplicationCannotBeDismissed() {
			InformationRequest request = Fixtures.receivedToday();

			refused(request, "request.wrong-status", () -> request.dismiss("重复", REGISTRAR, NOW));
		}

	}

	@Nested
	class Correction {

		@Test
		void aCorrectionNoticeWaitsForTheApplicant() {
			InformationRequest request = Fixtures.receivedToday();

			request.requestCorrection("请写明文号", 10, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
			assertThat(request.getCorrectionTermDays()).isEqualTo(10);
			assertThat(request.drainEvents()).last().isInstanceOf(CorrectionRequested.class);
		}

		@Test
		void aCorrectionNoticeAfterTheSevenWorkingDaysIsRefused() {
			InformationRequest request = Fixtures.receivedInPerson(TODAY.minusDays(14));

			refused(request, "request.correction-window-closed",
					() -> request.requestCorrection("请写明文号", 10, TODAY, TODAY.minusDays(5), REGISTRAR, NOW, TODAY));
		}

		@Test
		void aCorrectionNoticeMayFollowAcceptanceWithinTheSevenWorkingDaysAndTheCaseReturnsToItsHandler() {
			InformationRequest request = Fixtures.requestInHandling();

			request.requestCorrection("请写明文号", 10, TODAY, null, TODAY.plusDays(9), HANDLER, NOW, TODAY);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
			assertThat(request.getCorrectionServedOn()).isNull();
			request.receiveCorrection(TODAY, HANDLER, NOW, TODAY);
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
		}

		@Test
		void anUnservedNoticeNeverLapsesAndServiceIsDatedBetweenIssueAndToday() {
			InformationRequest request = Fixtures.receivedToday();
			request.requestCorrection("请写明文号", 10, TODAY, null, TODAY.plusDays(9), REGISTRAR, NOW, TODAY);

			refused(request, "request.correction-not-served",
					() -> request.closeForMissingCorrection(null, REGISTRAR, NOW, TODAY.plusDays(60)));
			refused(request, "request.correction-served-date-out-of-range",
					() -> request.recordCorrectionService(TODAY.minusDays(1), REGISTRAR, NOW, TODAY.plusDays(3)));
			refused(request, "request.correction-served-date-out-of-range",
					() -> request.recordCorrectionService(TODAY.plusDays(4), REGISTRAR, NOW, TODAY.plusDays(3)));
			assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CORRECTION);

			request.recordCorrectionService(TODAY.plusDays(3), REGISTRAR, NOW, TODAY.plusDays(3));

			assertThat(request.getCorrectionServedOn()).isEqualTo(TODAY.plusDays(3));
			assertThat(request.drainEvents()).last().isInstanceOf(CorrectionNoticeServed.class);
			refused(request, "request.correction-already-served",
					() -> request.recordCorrectionService(TODAY.plusDays(3), REGISTRAR, NOW, TODAY.plusDays(3)));
		}

		@Test
		void aCorrectionIsRequestedOnlyOnce() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();
			request.receiveCorrection(TODAY, REGISTRAR, NOW, TODAY);

			refused(request, "request.correction-once",
					() -> request.requestCorrection("再次补正", 10, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY));
		}

		@Test
		void anUnreasonableCorrectionTermIsRefused() {
			InformationRequest request = Fixtures.receivedToday();

			refused(request, "request.correction-term",
					() -> request.requestCorrection("请写明文号", 0, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY));
			refused(request, "request.correction-term",
					() -> request.requestCorrection("请写明文号", 61, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY));
		}

		@Test
		void aCorrectionNoticeMustSayWhatToCorrect() {
			InformationRequest request = Fixtures.receivedToday();

			refused(request, "request.correction-matters-missing",
					() -> request.requestCorrection(" ", 10, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY));
		}

		@Test
		void theCorrectedApplicationRestartsHandlingFromItsOwnDay() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();

			request.receiveCorrection(TODAY, REGISTRAR, NOW, TODAY);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
			assertThat(request.getCorrectionReceivedOn()).isEqualTo(TODAY);
			assertThat(request.drainEvents()).last().isInstanceOf(CorrectionReceived.class);
		}

		@Test
		void withoutCorrectionAfterTheTermTheApplicationIsDeemedAbandoned() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();
			LocalDate later = TODAY.plusDays(30);

			request.closeForMissingCorrection(TODAY.plusDays(21), REGISTRAR, NOW, later);

			// Dated the day after the term ended, not the day it was recorded (Article
			// 30).
			assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
			assertThat(request.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE);
			assertThat(request.getClosedOn()).isEqualTo(TODAY.plusDays(22));
			assertThat(request.getRounds().get(0).closedOn()).isEqualTo(TODAY.plusDays(22));
			assertThat(request.drainEvents()).last().isInstanceOf(CorrectionLapsed.class);
		}

		@Test
		void theCorrectionTermMustHavePassedBeforeClosing() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();

			refused(request, "request.correction-term-running",
					() -> request.closeForMissingCorrection(TODAY.plusDays(21), REGISTRAR, NOW, TODAY.plusDays(21)));
		}

		@Test
		void unclearAfterCorrectionNeedsACorrection() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.unclear-needs-correction",
					() -> request.draftReply(Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, "第三十条", "正文",
							List.of(Role.REVIEWER), HANDLER, NOW));
		}

	}

	@Nested
	class Handling {

		@Test
		void acceptingAssignsTheHandler() {
			InformationRequest request = Fixtures.receivedToday();

			request.accept(HANDLER, REGISTRAR, NOW);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
			assertThat(request.getHandlerId()).isEqualTo(HANDLER.staffId());
			assertThat(request.drainEvents()).last().isInstanceOf(RequestAccepted.class);
		}

		@Test
		void anApplicationAwaitingCorrectionCannotBeAccepted() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();

			refused(request, "request.wrong-status", () -> request.accept(HANDLER, REGISTRAR, NOW));
		}

		@Test
		void consultationsAreRecordedWithTheirAnswers() {
			InformationRequest request = Fixtures.requestInHandling();

			request.consult(ConsultationKind.THIRD_PARTY, "南阳宛商贸易有限公司", TODAY, HANDLER, NOW, TODAY);
			request.consult(ConsultationKind.OTHER_AGENCY, "卧龙区财政局", TODAY, HANDLER, NOW, TODAY);
			request.recordConsultationAnswer(1, TODAY, "不同意公开", HANDLER, NOW, TODAY);

			assertThat(request.currentConsultations()).hasSize(2);
			assertThat(request.currentConsultations().get(0).answeredOn()).isEqualTo(TODAY);
			assertThat(request.currentConsultations().get(1).isAnswered()).isFalse();
		}

		@Test
		void aConsultationAnswerIsRecordedOnce() {
			InformationRequest request = Fixtures.requestInHandling();
			request.consult(ConsultationKind.THIRD_PARTY, "某公司", TODAY, HANDLER, NOW, TODAY);
			request.recordConsultationAnswer(1, TODAY, "同意", HANDLER, NOW, TODAY);

			refused(request, "request.consultation-answered",
					() -> request.recordConsultationAnswer(1, TODAY, "改为不同意", HANDLER, NOW, TODAY));
			refused(request, "request.no-such-consultation",
					() -> request.recordConsultationAnswer(2, TODAY, "同意", HANDLER, NOW, TODAY));
		}

		@Test
		void aConsultationBeforeReceiptIsRefused() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.consultation-sent-date-out-of-range", () -> request
				.consult(ConsultationKind.THIRD_PARTY, "某公司", TODAY.minusDays(1), HANDLER, NOW, TODAY));
		}

		@Test
		void theOfficeHeadExtendsOnceByAtMostTwentyWorkingDays() {
			InformationRequest request = Fixtures.requestInHandling();

			request.extend(20, "需征求多个部门意见", new InformationRequest.Approval(14, "陈静", TODAY, true), TODAY.plusDays(28),
					HANDLER, NOW, TODAY);

			assertThat(request.getExtensionDays()).isEqualTo(20);
			assertThat(request.getExtensionApprovedBy()).isEqualTo("陈静");
			assertThat(request.drainEvents()).last().isInstanceOf(DeadlineExtended.class);
		}

		@Test
		void extendingTwiceIsRefusedAndChangesNothing() {
			InformationRequest request = Fixtures.requestInHandling();
			var approval = new InformationRequest.Approval(14, "陈静", TODAY, true);
			request.extend(10, "理由", approval, TODAY.plusDays(28), HANDLER, NOW, TODAY);

			refused(request, "request.already-extended",
					() -> request.extend(5, "再延", approval, TODAY.plusDays(40), HANDLER, NOW, TODAY));
			assertThat(request.getExtensionDays()).isEqualTo(10);
		}

		@Test
		void anExtensionBeyondTwentyWorkingDaysIsRefused() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.extension-too-long", () -> request.extend(21, "理由",
					new InformationRequest.Approval(14, "陈静", TODAY, true), TODAY.plusDays(28), HANDLER, NOW, TODAY));
		}

		@Test
		void anExtensionNotApprovedByTheOfficeHeadIsRefused() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.extension-not-approved", () -> request.extend(10, "理由",
					new InformationRequest.Approval(12, "张伟", TODAY, false), TODAY.plusDays(28), HANDLER, NOW, TODAY));
		}

		@Test
		void anExtensionAfterTheReplyPeriodEndedIsRefused() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.extension-after-due", () -> request.extend(10, "理由",
					new InformationRequest.Approval(14, "陈静", TODAY, true), TODAY.minusDays(1), HANDLER, NOW, TODAY));
		}

		/**
		 * Article 33: the 延期答复告知书 too must reach the applicant within the original
		 * period; the notice day is recorded.
		 */
		@Test
		void anExtensionToldTheApplicantAfterTheOriginalPeriodIsRefusedAndTheNoticeDayIsRecorded() {
			InformationRequest request = Fixtures.requestInHandling();
			LocalDate due = TODAY.plusDays(2);
			LocalDate later = TODAY.plusDays(3);
			var approval = new InformationRequest.Approval(14, "陈静", TODAY, true);

			refused(request, "request.extension-notice-after-due",
					() -> request.extend(10, "理由", approval, later, due, HANDLER, NOW, later));
			assertThat(request.getExtensionNoticeOn()).isNull();

			request.extend(10, "理由", approval, due, due, HANDLER, NOW, due);
			assertThat(request.getExtensionNoticeOn()).isEqualTo(due);
			assertThat(request.getExtensionDays()).isEqualTo(10);
		}

	}

	@Nested
	class Review {

		@Test
		void aDraftPassesEveryLevelOfTheChainInOrder() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.REVIEWER, Role.OFFICE_HEAD), HANDLER, NOW);
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
			assertThat(request.pendingReviewLevel()).isEqualTo(1);

			request.review(true, "同意", Set.of(Role.REVIEWER), REVIEWER, NOW);
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
			assertThat(request.pendingReviewLevel()).isEqualTo(2);

			request.review(true, "同意发出", Set.of(Role.OFFICE_HEAD), HEAD, NOW);
			assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
			assertThat(request.getReviews()).extracting(ReviewDecision::level).containsExactly(1, 2);
			assertThat(request.getReviews()).extracting(ReviewDecision::reviewerName)
				.containsExactly("审核人 刘洋", "公开办负责人 陈静");
		}

		@Test
		void aReturnedDraftGoesBackToTheHandlerAndTheNextDraftStartsTheChainAgain() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.REVIEWER), HANDLER, NOW);

			request.review(false, "法律依据引用不全", Set.of(Role.REVIEWER), REVIEWER, NOW);
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);

			request.draftReply(Outcome.PARTIALLY_GRANTED, "第三十七条", "正文二", List.of(Role.REVIEWER), HANDLER, NOW);
			assertThat(request.getDraftNo()).isEqualTo(2);
			assertThat(request.pendingReviewLevel()).isEqualTo(1);
		}

		@Test
		void theLegalBasisFollowsTheOutcomeChosenAfterAReturn() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, Outcome.GRANTED.legalBasis(), "正文", List.of(Role.REVIEWER), HANDLER,
					NOW);
			request.review(false, "应部分公开", Set.of(Role.REVIEWER), REVIEWER, NOW);

			// The form kept the returned draft's basis while the drafter chose another
			// outcome.
			request.draftReply(Outcome.PARTIALLY_GRANTED, Outcome.GRANTED.legalBasis(), "部分公开", List.of(Role.REVIEWER),
					HANDLER, NOW);

			assertThat(request.getDraftLegalBasis()).isEqualTo("《条例》第三十七条");
		}

		@Test
		void aBasisOwnToTheDrafterIsKeptAndAnotherOutcomesDefaultIsNot() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.PARTIALLY_GRANTED, "《条例》第三十七条、第十五条", "正文", List.of(Role.REVIEWER), HANDLER, NOW);
			assertThat(request.getDraftLegalBasis()).isEqualTo("《条例》第三十七条、第十五条");
			request.review(false, "请重拟", Set.of(Role.REVIEWER), REVIEWER, NOW);

			request.draftReply(Outcome.PARTIALLY_GRANTED, Outcome.UNAVAILABLE_NOT_HELD.legalBasis(), "正文",
					List.of(Role.REVIEWER), HANDLER, NOW);

			assertThat(request.getDraftLegalBasis()).isEqualTo(Outcome.PARTIALLY_GRANTED.legalBasis());
		}

		@Test
		void anEmptyReplyTextCannotBeSentToReview() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.reply-text-missing", () -> request.draftReply(Outcome.GRANTED,
					Outcome.GRANTED.legalBasis(), "  ", List.of(Role.REVIEWER), HANDLER, NOW));
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
			assertThat(request.getDraftNo()).isZero();
		}

		@Test
		void returningRequiresAComment() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.REVIEWER), HANDLER, NOW);

			refused(request, "request.return-comment-missing",
					() -> request.review(false, "", Set.of(Role.REVIEWER), REVIEWER, NOW));
		}

		@Test
		void aLevelIsDecidedOnlyByItsRole() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.OFFICE_HEAD), HANDLER, NOW);

			refused(request, "request.review-role",
					() -> request.review(true, null, Set.of(Role.REVIEWER), REVIEWER, NOW));
		}

		@Test
		void theDrafterCannotApproveTheirOwnDraft() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.REVIEWER), HANDLER, NOW);

			refused(request, "request.review-own-draft",
					() -> request.review(true, null, Set.of(Role.REVIEWER, Role.HANDLER), HANDLER, NOW));
		}

		@Test
		void anEmptyChainApprovesAtOnce() {
			InformationRequest request = Fixtures.requestInHandling();

			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(), HANDLER, NOW);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		}

		@Test
		void aReplyCannotBeSentBeforeTheChainApproved() {
			InformationRequest request = Fixtures.requestInHandling();
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(Role.REVIEWER), HANDLER, NOW);

			refused(request, "request.wrong-status",
					() -> request.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY));
		}

	}

	@Nested
	class Answer {

		@ParameterizedTest
		@EnumSource(value = Outcome.class, mode = EnumSource.Mode.EXCLUDE,
				names = { "OTHER_DISPOSAL_CORRECTION_OVERDUE", "UNAVAILABLE_UNCLEAR_AFTER_CORRECTION",
						"NOT_PROCESSED_REPEATED", "WITHHELD_THIRD_PARTY_RIGHTS" })
		void everyReplyOutcomeClosesTheRoundWithExactlyThatOutcome(Outcome outcome) {
			InformationRequest request = Fixtures.requestAnswered(outcome);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWERED);
			assertThat(request.getOutcome()).isEqualTo(outcome);
			assertThat(request.getLegalBasis()).isEqualTo(outcome.legalBasis());
			assertThat(request.getRounds()).singleElement().satisfies(round -> {
				assertThat(round.outcome()).isEqualTo(outcome);
				assertThat(round.closedOn()).isEqualTo(TODAY);
			});
			assertThat(request.drainEvents()).last().isInstanceOf(RequestAnswered.class);
		}

		@Test
		void aNotResponsibleReplyNamesTheResponsibleAgencyOrIsRefusedChangingNothing() {
			InformationRequest request = Fixtures.requestInHandling();

			assertThatThrownBy(() -> request.draftReply(Outcome.UNAVAILABLE_NOT_RESPONSIBLE,
					Outcome.UNAVAILABLE_NOT_RESPONSIBLE.legalBasis(), "", new ResponsibleAgency("南阳市市场监督管理局", " "),
					List.of(), HANDLER, NOW))
				.isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("request.responsible-agency-missing"))
				.hasMessageContaining("第三十六条第（五）项");
			assertThat(request.getDraftNo()).isZero();
			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);

			request.draftReply(Outcome.UNAVAILABLE_NOT_RESPONSIBLE, Outcome.UNAVAILABLE_NOT_RESPONSIBLE.legalBasis(),
					"正文", Fixtures.RESPONSIBLE, List.of(), HANDLER, NOW);
			request.answer(TODAY, DeliveryMethod.POST, HANDLER, NOW, TODAY);

			assertThat(request.getResponsibleAgency()).isEqualTo(Fixtures.RESPONSIBLE.name());
			assertThat(request.getResponsibleAgencyContact()).isEqualTo(Fixtures.RESPONSIBLE.contact());
			assertThat(request.getRounds()).singleElement()
				.satisfies(round -> assertThat(round.outcome()).isEqualTo(Outcome.UNAVAILABLE_NOT_RESPONSIBLE));
			assertThat(Fixtures.requestAnswered(Outcome.UNAVAILABLE_NOT_HELD).getResponsibleAgency()).isNull();
		}

		@Test
		void feeUnpaidOnlyWhenTheFeeNoticeIsUnpaidPastItsTermAndRefusedChangingNothingOtherwise() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.fee-not-overdue", () -> request.draftReply(Outcome.OTHER_DISPOSAL_FEE_UNPAID,
					Outcome.OTHER_DISPOSAL_FEE_UNPAID.legalBasis(), "", null, false, List.of(), HANDLER, NOW));
			assertThat(request.getDraftNo()).isZero();

			request.draftReply(Outcome.OTHER_DISPOSAL_FEE_UNPAID, Outcome.OTHER_DISPOSAL_FEE_UNPAID.legalBasis(), "正文",
					null, true, List.of(), HANDLER, NOW);
			refused(request, "request.fee-not-overdue",
					() -> request.answer(TODAY, DeliveryMethod.POST, false, HANDLER, NOW, TODAY));
			assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
			request.answer(TODAY, DeliveryMethod.POST, true, HANDLER, NOW, TODAY);
			assertThat(request.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_FEE_UNPAID);
		}

		@Test
		void unclearAfterCorrectionIsAnsweredAfterACorrection() {
			InformationRequest request = Fixtures.requestAwaitingCorrection();
			request.receiveCorrection(TODAY, REGISTRAR, NOW, TODAY);
			request.accept(HANDLER, REGISTRAR, NOW);
			request.draftReply(Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, "第三十条", "正文", List.of(), HANDLER, NOW);
			request.answer(TODAY, DeliveryMethod.POST, HANDLER, NOW, TODAY);

			assertThat(request.getOutcome()).isEqualTo(Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION);
		}

		@Test
		void aRepeatedApplicationIsAnsweredOnceMarked() {
			InformationRequest request = Fixtures.requestInHandling();
			refused(request, "request.repeated-unmarked",
					() -> request.draftReply(Outcome.NOT_PROCESSED_REPEATED, "第三十六条", "正文", List.of(), HANDLER, NOW));

			InformationRequest earlier = Fixtures.requestAnswered(Outcome.GRANTED);
			request.markRepeated(earlier, HANDLER, NOW);
			request.draftReply(Outcome.NOT_PROCESSED_REPEATED, "第三十六条第（六）项", "正文", List.of(), HANDLER, NOW);
			request.answer(TODAY, DeliveryMethod.POST, HANDLER, NOW, TODAY);

			assertThat(request.getRepeatOf()).isEqualTo(earlier.getId());
			assertThat(request.getOutcome()).isEqualTo(Outcome.NOT_PROCESSED_REPEATED);
		}

		@Test
		void onlyAnAnsweredApplicationOfTheSameAgencyCanBeRepeated() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.repeat-of-unanswered",
					() -> request.markRepeated(Fixtures.requestInHandling(), HANDLER, NOW));
			InformationRequest elsewhere = Fixtures.requestAnswered(Outcome.GRANTED);
			ReflectionTestUtils.setField(elsewhere, "agencyId", 99L);
			refused(request, "request.repeat-of-unanswered", () -> request.markRepeated(elsewhere, HANDLER, NOW));
			assertThat(request.getRepeatOf()).isNull();
		}

		/** Article 36(六): the same applicant, the same information, answered before. */
		@Test
		void onlyTheSameApplicantsAnsweredApplicationForTheSameInformationCanBeRepeated() {
			InformationRequest request = Fixtures.requestInHandling();
			Applicant me = Fixtures.person();
			Applicant someoneElse = new Applicant(me.type(), me.name(), me.idType(),
					IdentifierChecks.withIdentityCheck("41130319900101003"), me.contactPerson(), me.phone(), me.email(),
					me.address(), me.postcode());
			InformationRequest othersAnswered = Fixtures
				.registered(new InformationRequest.Intake(Channel.IN_PERSON, TODAY, null, null, null), someoneElse);
			othersAnswered.accept(HANDLER, REGISTRAR, NOW);
			othersAnswered.draftReply(Outcome.GRANTED, Outcome.GRANTED.legalBasis(), "答复正文", List.of(), HANDLER, NOW);
			othersAnswered.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY);
			refused(request, "request.repeat-of-other-applicant",
					() -> request.markRepeated(othersAnswered, HANDLER, NOW));

			InformationRequest withdrawn = Fixtures.requestInHandling();
			withdrawn.withdraw(TODAY, "电话撤回", HANDLER, NOW, TODAY);
			refused(request, "request.repeat-of-unanswered", () -> request.markRepeated(withdrawn, HANDLER, NOW));

			InformationRequest lapsed = Fixtures.requestAwaitingCorrection();
			lapsed.closeForMissingCorrection(TODAY.minusDays(1), REGISTRAR, NOW, TODAY);
			refused(request, "request.repeat-of-unanswered", () -> request.markRepeated(lapsed, HANDLER, NOW));

			InformationRequest otherInformation = Fixtures.requestAnswered(Outcome.GRANTED);
			ReflectionTestUtils.setField(otherInformation, "sought", Fixtures.sought("2024年部门预算"));
			refused(request, "request.repeat-of-other-information",
					() -> request.markRepeated(otherInformation, HANDLER, NOW));
			assertThat(request.getRepeatOf()).isNull();

			request.markRepeated(Fixtures.requestAnswered(Outcome.UNAVAILABLE_NOT_HELD), HANDLER, NOW);
			assertThat(request.getRepeatOf()).isNotNull();
		}

		@Test
		void withholdingForThirdPartyRightsNeedsAThirdPartyConsultation() {
			InformationRequest request = Fixtures.requestInHandling();
			refused(request, "request.third-party-not-consulted", () -> request
				.draftReply(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "第十五条", "正文", List.of(), HANDLER, NOW));

			request.consult(ConsultationKind.THIRD_PARTY, "某公司", TODAY, HANDLER, NOW, TODAY);
			request.recordConsultationAnswer(1, TODAY, "不同意公开，涉及商业秘密", HANDLER, NOW, TODAY);
			request.draftReply(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "第十五条、第三十二条", "正文", List.of(), HANDLER, NOW);
			request.answer(TODAY, DeliveryMethod.POST, HANDLER, NOW, TODAY);

			assertThat(request.getOutcome()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
		}

		@Test
		void correctionOverdueIsNeverAReplyOutcome() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.outcome-correction-overdue", () -> request
				.draftReply(Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE, "第三十条", "正文", List.of(), HANDLER, NOW));
		}

		@Test
		void aReplyNeedsAnOutcomeAndALegalBasis() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.outcome-missing",
					() -> request.draftReply(null, "x", "正文", List.of(), HANDLER, NOW));
			refused(request, "request.legal-basis-missing",
					() -> request.draftReply(Outcome.GRANTED, " ", "正文", List.of(), HANDLER, NOW));
		}

		@Test
		void aReplyDatedBeforeReceiptOrInTheFutureIsRefused() {
			InformationRequest request = Fixtures.requestApproved(Outcome.GRANTED);

			refused(request, "request.reply-date-out-of-range",
					() -> request.answer(TODAY.plusDays(1), DeliveryMethod.EMAIL, HANDLER, NOW, TODAY));
			refused(request, "request.reply-date-out-of-range",
					() -> request.answer(TODAY.minusDays(1), DeliveryMethod.EMAIL, HANDLER, NOW, TODAY));
		}

		@Test
		void answeringTwiceIsRefused() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);

			refused(request, "request.wrong-status",
					() -> request.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY));
		}

		@Test
		void withdrawalClosesAsOtherDisposal() {
			InformationRequest request = Fixtures.requestInHandling();

			request.withdraw(TODAY, "申请人书面撤回", HANDLER, NOW, TODAY);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
			assertThat(request.getOutcome()).isEqualTo(Outcome.OTHER_DISPOSAL_OTHER);
			assertThat(request.drainEvents()).last().isInstanceOf(RequestWithdrawn.class);
		}

		@Test
		void anAnsweredApplicationCannotBeWithdrawn() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);

			refused(request, "request.wrong-status", () -> request.withdraw(TODAY, "撤回", HANDLER, NOW, TODAY));
		}

	}

	@Nested
	class Archive {

		@Test
		void aServedReplyWithProofIsArchivedAndBecomesReadOnly() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);
			request.recordService(TODAY, HANDLER, NOW, TODAY);

			request.archive(true, HANDLER, NOW);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
			assertThat(request.getArchivedAt()).isEqualTo(NOW);
			refused(request, "request.archived",
					() -> request.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY));
			refused(request, "request.archived", () -> request.recordService(TODAY, HANDLER, NOW, TODAY));
			refused(request, "request.archived", () -> request.withdraw(TODAY, "撤回", HANDLER, NOW, TODAY));
			refused(request, "request.archived", () -> request.attached(1, "OTHER", "a.pdf", HANDLER, NOW));
		}

		@Test
		void aReplyIsArchivedOnlyWithProofOfService() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);
			refused(request, "request.archive-without-service", () -> request.archive(true, HANDLER, NOW));

			request.recordService(TODAY, HANDLER, NOW, TODAY);
			refused(request, "request.archive-without-service", () -> request.archive(false, HANDLER, NOW));
		}

		@Test
		void aWithdrawnApplicationIsArchivedWithoutProofOfService() {
			InformationRequest request = Fixtures.requestInHandling();
			request.withdraw(TODAY, "撤回", HANDLER, NOW, TODAY);

			request.archive(false, HANDLER, NOW);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.ARCHIVED);
		}

		@Test
		void anOpenApplicationCannotBeArchived() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.wrong-status", () -> request.archive(true, HANDLER, NOW));
		}

	}

	@Nested
	class SplitAndReopen {

		@Test
		void splittingKeepsTheFirstMatterAndMakesOneApplicationPerOtherMatter() {
			InformationRequest request = Fixtures.requestInHandling();
			var codes = List.of("GK-AAAA-BBBB-01", "GK-AAAA-BBBB-02").iterator();

			List<InformationRequest> parts = request.split(
					List.of(Fixtures.sought("甲文件"), Fixtures.sought("乙文件"), Fixtures.sought("丙文件")), codes::next,
					HANDLER, NOW);

			assertThat(request.getSought().title()).isEqualTo("甲文件");
			assertThat(parts).hasSize(2).allSatisfy(part -> {
				assertThat(part.getStatus()).isEqualTo(RequestStatus.RECEIVED);
				assertThat(part.getReceivedOn()).isEqualTo(request.getReceivedOn());
				assertThat(part.getSplitFrom()).isEqualTo(request.getId());
				assertThat(part.getApplicant()).isEqualTo(request.getApplicant());
				assertThat(part.getRounds()).hasSize(1);
			});
			assertThat(parts).extracting(p -> p.getSought().title()).containsExactly("乙文件", "丙文件");
			assertThat(parts).extracting(InformationRequest::getTrackingCode)
				.containsExactly("GK-AAAA-BBBB-01", "GK-AAAA-BBBB-02");
		}

		@Test
		void splittingNeedsAtLeastTwoMatters() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.split-needs-two",
					() -> request.split(List.of(Fixtures.sought("甲")), () -> "GK-X", HANDLER, NOW));
		}

		@Test
		void reopeningStartsANewRoundAndClearsTheDisposal() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.UNAVAILABLE_NOT_HELD);
			request.recordService(TODAY, HANDLER, NOW, TODAY);
			request.archive(true, HANDLER, NOW);
			LocalDate later = TODAY.plusDays(60);

			request.reopen("卧政复决〔2025〕7 号", Actor.SYSTEM, NOW, later);

			assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_HANDLING);
			assertThat(request.getRound()).isEqualTo(2);
			assertThat(request.getOutcome()).isNull();
			assertThat(request.getArchivedAt()).isNull();
			assertThat(request.roundStart()).isEqualTo(later);
			assertThat(request.getRounds()).extracting(HandlingRound::outcome)
				.containsExactly(Outcome.UNAVAILABLE_NOT_HELD, null);
			assertThat(request.drainEvents()).last().isInstanceOf(RequestReopened.class);
		}

		@Test
		void aReopenedApplicationMayBeExtendedAgainInItsNewRound() {
			InformationRequest request = Fixtures.requestInHandling();
			var approval = new InformationRequest.Approval(14, "陈静", TODAY, true);
			request.extend(10, "理由", approval, TODAY.plusDays(28), HANDLER, NOW, TODAY);
			request.draftReply(Outcome.GRANTED, "第三十六条", "正文", List.of(), HANDLER, NOW);
			request.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY);
			request.reopen("判决撤销原答复", Actor.SYSTEM, NOW, TODAY);

			request.extend(5, "理由", approval, TODAY.plusDays(28), HANDLER, NOW, TODAY);

			assertThat(request.getExtensionDays()).isEqualTo(5);
		}

		@Test
		void anOpenApplicationCannotBeReopened() {
			InformationRequest request = Fixtures.requestInHandling();

			refused(request, "request.wrong-status", () -> request.reopen("复议纠正", Actor.SYSTEM, NOW, TODAY));
		}

		@Test
		void reopeningNeedsTheDecisionAsReason() {
			InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);

			refused(request, "request.reopening-reason-missing", () -> request.reopen(" ", Actor.SYSTEM, NOW, TODAY));
		}

	}

	@Test
	void everyStepQueuesAnAuditableEventNamingTheActor() {
		InformationRequest request = Fixtures.requestAnswered(Outcome.GRANTED);

		List<RequestEvent> events = request.drainEvents();

		assertThat(events).extracting(RequestEvent::action)
			.containsExactly("request.registered", "request.accepted", "request.reply-drafted",
					"request.reply-reviewed", "request.answered");
		assertThat(events).extracting(RequestEvent::actor)
			.containsExactly("registrar", "registrar", "handler", "reviewer", "handler");
		assertThat(events).allSatisfy(event -> {
			assertThat(event.subjectId()).isEqualTo(request.getId().toString());
			assertThat(event.agencyId()).isEqualTo(Fixtures.AGENCY);
			assertThat(event.summary()).isNotBlank().doesNotContain(Fixtures.IDENTITY_NUMBER);
		});
		assertThat(request.drainEvents()).isEmpty();
	}

	/**
	 * Each refused date and each missing reason names its own rule, so a client can tell
	 * them apart.
	 */
	@Nested
	class RuleCodes {

		@Test
		void datesOutsideTheirRangeNameTheirRule() {
			InformationRequest submitted = Fixtures.submittedOnline(TODAY.minusDays(1));
			assertThatThrownBy(() -> Fixtures.receivedInPerson(TODAY.plusDays(1))).isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("request.submission-date-in-future"));
			refused(submitted, "request.confirmation-date-out-of-range",
					() -> submitted.confirmReceipt(null, REGISTRAR, NOW, TODAY));

			InformationRequest awaiting = Fixtures.requestAwaitingCorrection();
			refused(awaiting, "request.correction-received-date-out-of-range",
					() -> awaiting.receiveCorrection(TODAY.plusDays(1), REGISTRAR, NOW, TODAY));

			InformationRequest handling = Fixtures.requestInHandling();
			handling.consult(ConsultationKind.THIRD_PARTY, "某公司", TODAY, HANDLER, NOW, TODAY);
			refused(handling, "request.consultation-answer-date-out-of-range",
					() -> handling.recordConsultationAnswer(1, TODAY.minusDays(1), "同意", HANDLER, NOW, TODAY));
			refused(handling, "request.extension-approval-date-out-of-range",
					() -> handling.extend(5, "理由", new InformationRequest.Approval(14, "陈静", TODAY.plusDays(1), true),
							TODAY.plusDays(28), HANDLER, NOW, TODAY));
			refused(handling, "request.withdrawal-date-out-of-range",
					() -> handling.withdraw(TODAY.plusDays(1), "电话撤回", HANDLER, NOW, TODAY));

			InformationRequest answered = Fixtures.requestAnswered(Outcome.GRANTED);
			refused(answered, "request.service-date-out-of-range",
					() -> answered.recordService(answered.getRepliedOn().minusDays(1), HANDLER, NOW, TODAY));
			refused(answered, "request.reopened-before-closing",
					() -> answered.reopen("复议纠正", Actor.SYSTEM, NOW, answered.getClosedOn().minusDays(1)));
		}

		@Test
		void aWrongStatusIsNamedInChineseFromTheMessageBundle() {
			InformationRequest request = Fixtures.receivedToday();
			assertThatThrownBy(() -> request.dismiss("重复", REGISTRAR, NOW)).isInstanceOf(RuleViolation.class)
				.hasMessageContaining("“已登记”");
		}

		@Test
		void missingReasonsNameTheirRule() {
			InformationRequest submitted = Fixtures.submittedOnline(TODAY);
			refused(submitted, "request.dismissal-reason-missing", () -> submitted.dismiss(" ", REGISTRAR, NOW));

			InformationRequest handling = Fixtures.requestInHandling();
			refused(handling, "request.consulted-party-missing",
					() -> handling.consult(ConsultationKind.THIRD_PARTY, " ", TODAY, HANDLER, NOW, TODAY));
			refused(handling, "request.extension-reason-missing", () -> handling.extend(5, " ",
					new InformationRequest.Approval(14, "陈静", TODAY, true), TODAY.plusDays(28), HANDLER, NOW, TODAY));
			refused(handling, "request.withdrawal-reason-missing",
					() -> handling.withdraw(TODAY, " ", HANDLER, NOW, TODAY));
		}

	}

}
