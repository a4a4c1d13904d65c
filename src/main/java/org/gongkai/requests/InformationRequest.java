package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.gongkai.agencies.Role;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.ReceiptDates;
import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TextInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An application for government information (政府信息公开申请) and everything done with it: the
 * aggregate through which every change is made. Each domain verb checks its precondition
 * and, when it does not hold, throws a {@link RuleViolation} naming the broken rule and
 * changing nothing; each successful verb records who, when and why and queues a
 * past-tense {@link RequestEvent}.
 *
 * <p>
 * Only facts are stored (receipt, correction notice and corrected application,
 * consultation letters and answers, the extension approval, the reply), grouped as value
 * records ({@link Receipt}, {@link Correction}, {@link Extension}, {@link ReplyDraft},
 * {@link Disposal}) that the verbs replace whole. Deadlines are derived from them by
 * {@link RequestDeadlines} on every read. The verbs that depend on a deadline receive the
 * derived date from the caller, so this class needs no calendar. The verbs are
 * package-private: other code changes an application through {@link RequestHandling}.
 */
@Table("information_request")
public class InformationRequest {

	@Id
	private Long id;

	private long agencyId;

	private String trackingCode;

	private String submissionKey;

	private String submissionHash;

	private Channel channel;

	@Embedded.Empty
	private Applicant applicant;

	@Embedded.Empty
	private InformationSought sought;

	@Embedded.Empty
	private Receipt receipt;

	private RequestStatus status;

	@Embedded.Empty(prefix = "correction_")
	private Correction correction = Correction.NONE;

	private Long handlerId;

	private String handlerName;

	@Embedded.Empty(prefix = "extension_")
	private Extension extension = Extension.NONE;

	@Embedded.Empty(prefix = "excessive_")
	private ExcessiveInquiry excessive = ExcessiveInquiry.NONE;

	@Embedded.Empty
	private ReplyDraft draft = ReplyDraft.NONE;

	@Embedded.Empty
	private Disposal disposal = Disposal.NONE;

	/**
	 * Why the reply was served with an uploaded 答复书 rather than one generated from the
	 * case; none for a generated one.
	 */
	private String replyLetterReason;

	/**
	 * A signed-off year that a step the law requires (a reopening) was recorded in: that
	 * year's annual report needs a correction. None otherwise.
	 */
	private Integer lockedYearFlag;

	private Long splitFrom;

	private Long repeatOf;

	private int round;

	/**
	 * The derived reply due date as last computed, kept only so that lists of due and
	 * overdue cases can use an index. Never edited and never shown: pages and the API
	 * read the clock from the facts; {@link RequestDeadlines} rewrites it on every save
	 * and the daily sweep refreshes it when paused clocks move or the calendar changes.
	 */
	private LocalDate dueIndex;

	/**
	 * The last day a consultation of the current round can keep the clock still, as last
	 * computed, kept only so that lists can tell a paused clock by an index: an
	 * unanswered consultation pauses until its 15-working-day term ends and no longer
	 * (Articles 32, 34). Rewritten with {@link #dueIndex}.
	 */
	private LocalDate pauseIndex;

	/**
	 * Whether a disposed application was disposed of by its reply due date, as
	 * {@link DeadlineStatus#inTime()} reads it when saved; {@code null} while open. Lets
	 * the figures of a year count the cases closed on time in SQL.
	 */
	private Boolean closedInTime;

	private Instant createdAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "request_id", keyColumn = "seq")
	private List<HandlingRound> rounds = new ArrayList<>();

	@MappedCollection(idColumn = "request_id", keyColumn = "seq")
	private List<Consultation> consultations = new ArrayList<>();

	@MappedCollection(idColumn = "request_id", keyColumn = "seq")
	private List<ReviewDecision> reviews = new ArrayList<>();

	@Transient
	private final List<RequestEvent> events = new ArrayList<>();

	/**
	 * The most applications one may be split into: a list longer than this is a mistake
	 * (or an attack), not 一事一申请.
	 */
	static final int MAX_SPLIT_PARTS = 20;

	protected InformationRequest() {
	}

	/**
	 * The facts of an intake: how and when it arrived. Which of the dates is the receipt
	 * date is decided by {@link ReceiptDates} (Article 31).
	 *
	 * @param channel how it arrived
	 * @param submittedOn the day it was handed in, posted online or arrived
	 * @param signedForOn for registered mail, the day the agency signed for it
	 * @param confirmedOn for channels needing confirmation, the day both sides confirmed,
	 * if already done
	 * @param note registered-mail number, fax number, 12345 ticket and similar
	 */
	public record Intake(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn,
			String note) {
	}

	/** Identity and idempotency of a new application, chosen by the caller. */
	record Keys(String trackingCode, String submissionKey, String submissionHash) {
	}

	/**
	 * Registers an application: online submissions and unconfirmed letters, faxes and
	 * mails stay {@link RequestStatus#SUBMITTED} until receipt is confirmed; the others
	 * are received at once.
	 */
	static InformationRequest register(long agencyId, Intake intake, ReceiptDates receiptRules, Applicant applicant,
			InformationSought sought, Keys keys, Actor actor, Instant now, LocalDate today) {
		fits("receiptNote", intake.note(), 300);
		if (intake.submittedOn() == null) {
			throw new RuleViolation("request.submitted-on-missing", "缺少提交或收到日期");
		}
		if (intake.submittedOn().isAfter(today)) {
			throw new RuleViolation("request.submission-date-in-future", "提交日期不能晚于今天");
		}
		InformationRequest request = new InformationRequest();
		request.agencyId = agencyId;
		request.trackingCode = keys.trackingCode();
		request.submissionKey = keys.submissionKey();
		request.submissionHash = keys.submissionHash();
		request.channel = intake.channel();
		request.applicant = applicant;
		request.sought = sought;
		request.receipt = new Receipt(now, intake.submittedOn(), intake.signedForOn(), intake.confirmedOn(), null,
				intake.note(), null);
		if (intake.channel() == Channel.ORDINARY_LETTER && intake.confirmedOn() != null
				&& intake.confirmedOn().isAfter(intake.submittedOn())) {
			throw lateLetterConfirmation(intake.submittedOn());
		}
		request.createdAt = now;
		request.round = 0;
		request.status = RequestStatus.SUBMITTED;
		LocalDate received;
		try {
			received = receiptRules.receiptDateOnceKnown(intake.channel(), intake.submittedOn(), intake.signedForOn(),
					intake.confirmedOn());
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("request.receipt-date", e.getMessage());
		}
		if (received != null) {
			if (intake.channel() == Channel.ORDINARY_LETTER) {
				received = letterReceivedOn(intake.submittedOn(), received);
			}
			if (received.isAfter(today)) {
				throw new RuleViolation("request.receipt-date-in-future", "收到日期不能晚于今天");
			}
			request.receive(received);
		}
		return request;
	}

	/** Records the first events of a new application once it has an identifier. */
	void registered(Actor actor, Instant now) {
		events.add(new RequestRegistered(id, agencyId, actor.name(), now, trackingCode, channel, receipt.receivedOn()));
	}

	private void receive(LocalDate on) {
		this.receipt = receipt.received(on);
		this.status = RequestStatus.RECEIVED;
		this.round = 1;
		this.rounds.add(new HandlingRound(1, agencyId, applicant.type(), on, null, null, null));
	}

	/**
	 * Confirms receipt with the applicant (Article 31 (二)(三)): the confirmation day
	 * becomes the receipt date.
	 */
	void confirmReceipt(LocalDate on, Actor actor, Instant now, LocalDate today) {
		confirmReceipt(on, null, actor, now, today);
	}

	/**
	 * Confirms receipt with the applicant (Article 31 (二)(三)). An online submission, a
	 * fax, an email is received on the confirmation day; an ordinary letter on the day it
	 * arrived, and a confirmation later than that day needs {@code reason} (the office
	 * must confirm on the day the letter arrives).
	 */
	void confirmReceipt(LocalDate on, String reason, Actor actor, Instant now, LocalDate today) {
		fits("reason", reason, 1000);
		requireStatus("确认收到", RequestStatus.SUBMITTED);
		if (on == null || on.isAfter(today)) {
			throw new RuleViolation("request.confirmation-date-out-of-range", "确认日期不能为空，也不能晚于今天");
		}
		if (on.isBefore(receipt.submittedOn())) {
			throw new RuleViolation("request.confirmation-before-submission",
					"确认日期不能早于申请提交或到达日期 " + receipt.submittedOn());
		}
		boolean lateLetter = channel == Channel.ORDINARY_LETTER && on.isAfter(receipt.submittedOn());
		if (lateLetter && blank(reason)) {
			throw lateLetterConfirmation(receipt.submittedOn());
		}
		this.receipt = receipt.confirmed(on, lateLetter ? reason.strip() : null);
		receive(channel == Channel.ORDINARY_LETTER ? letterReceivedOn(receipt.submittedOn(), on) : on);
		events.add(new ReceiptConfirmed(id, agencyId, actor.name(), now, on));
	}

	/**
	 * An ordinary letter counts as received on the day it arrived (Article 31 (二): the
	 * office confirms it that day), whatever day the confirmation was recorded.
	 */
	private static LocalDate letterReceivedOn(LocalDate arrivedOn, LocalDate confirmedOn) {
		return arrivedOn != null ? arrivedOn : confirmedOn;
	}

	private static RuleViolation lateLetterConfirmation(LocalDate arrivedOn) {
		return new RuleViolation("request.late-confirmation-reason-missing",
				"平常信函应当于收到申请的当日与申请人确认（《条例》第三十一条第（二）项），本信函于 " + arrivedOn + " 到达；晚于到达之日确认须记录理由（登记后在“确认收到”中填写）");
	}

	/**
	 * Sets aside a submission that was never confirmed as received (a test, a duplicate,
	 * spam); it is never counted.
	 */
	void dismiss(String reason, Actor actor, Instant now) {
		fits("reason", reason, 1000);
		requireStatus("不予登记", RequestStatus.SUBMITTED);
		requireText(reason, "request.dismissal-reason-missing", "不予登记须说明理由");
		this.status = RequestStatus.DISMISSED;
		this.disposal = Disposal.dismissed(reason);
		events.add(new SubmissionDismissed(id, agencyId, actor.name(), now, reason));
	}

	/**
	 * Issues the one correction notice of Article 30, served the day it is issued.
	 * @param noticeDue the last day for the notice, derived from the receipt date
	 */
	void requestCorrection(String matters, int termDays, LocalDate issuedOn, LocalDate noticeDue, Actor actor,
			Instant now, LocalDate today) {
		requestCorrection(matters, termDays, issuedOn, issuedOn, noticeDue, actor, now, today);
	}

	/**
	 * Issues the one correction notice of Article 30: within 7 working days of receipt,
	 * also after the application was accepted and assigned, once, naming what to correct
	 * and a reasonable term (in working days) set by the agency, which runs from the day
	 * the notice is served ({@code servedOn}, {@code null} while not yet served).
	 * @param noticeDue the last day for the notice, derived from the receipt date
	 */
	void requestCorrection(String matters, int termDays, LocalDate issuedOn, LocalDate servedOn, LocalDate noticeDue,
			Actor actor, Instant now, LocalDate today) {
		fits("matters", matters, 2000);
		requireStatus("告知补正", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING);
		if (correction.requested()) {
			throw new RuleViolation("request.correction-once",
					"补正告知只能一次性作出（《条例》第三十条），本申请已于 " + correction.requestedOn() + " 告知过补正");
		}
		if (round > 1) {
			throw new RuleViolation("request.correction-after-reopen", "重新办理的申请不能再告知补正");
		}
		requireText(matters, "request.correction-matters-missing", "补正告知须说明需要补正的事项（《条例》第三十条）");
		if (termDays < 1 || termDays > StatutoryTerms.MAX_CORRECTION_TERM_DAYS) {
			throw new RuleViolation("request.correction-term",
					"补正期限应为 1 至 " + StatutoryTerms.MAX_CORRECTION_TERM_DAYS + " 个工作日的合理期限");
		}
		if (issuedOn == null || issuedOn.isAfter(today) || issuedOn.isBefore(receipt.receivedOn())) {
			throw new RuleViolation("request.correction-notice-date-out-of-range", "告知日期须在收到申请之日与今天之间");
		}
		if (issuedOn.isAfter(noticeDue)) {
			throw new RuleViolation("request.correction-window-closed", "补正告知应当自收到申请之日起 "
					+ StatutoryTerms.CORRECTION_NOTICE_DAYS + " 个工作日内作出（《条例》第三十条），期限已于 " + noticeDue + " 届满");
		}
		checkServiceDate(servedOn, issuedOn, today);
		this.correction = new Correction(issuedOn, matters, termDays, null, servedOn);
		this.status = RequestStatus.AWAITING_CORRECTION;
		events.add(new CorrectionRequested(id, agencyId, actor.name(), now, issuedOn, termDays, matters));
	}

	private static void checkServiceDate(LocalDate servedOn, LocalDate issuedOn, LocalDate today) {
		if (servedOn != null && (servedOn.isBefore(issuedOn) || servedOn.isAfter(today))) {
			throw new RuleViolation("request.correction-served-date-out-of-range",
					"补正告知书送达日期须在告知之日与今天之间（《条例》第三十条：补正期限自送达之日起计算）");
		}
	}

	/**
	 * Records the day the correction notice was served; the applicant's term runs from
	 * that day (Article 30).
	 */
	void recordCorrectionService(LocalDate on, Actor actor, Instant now, LocalDate today) {
		requireStatus("登记补正告知书送达", RequestStatus.AWAITING_CORRECTION);
		if (correction.served()) {
			throw new RuleViolation("request.correction-already-served", "补正告知书已于 " + correction.servedOn() + " 送达");
		}
		if (on == null) {
			throw new RuleViolation("request.correction-served-date-out-of-range", "须写明补正告知书的送达日期");
		}
		checkServiceDate(on, correction.requestedOn(), today);
		this.correction = correction.servedOn(on);
		events.add(new CorrectionNoticeServed(id, agencyId, actor.name(), now, on));
	}

	/**
	 * Records the corrected application; the reply period runs anew from this day
	 * (Article 30). An application accepted before the notice returns to its handler.
	 */
	void receiveCorrection(LocalDate on, Actor actor, Instant now, LocalDate today) {
		requireStatus("收到补正", RequestStatus.AWAITING_CORRECTION);
		if (on == null || on.isAfter(today) || on.isBefore(correction.requestedOn())) {
			throw new RuleViolation("request.correction-received-date-out-of-range", "补正收到日期须在告知补正之日与今天之间");
		}
		this.correction = correction.received(on);
		this.status = handlerId == null ? RequestStatus.RECEIVED : RequestStatus.IN_HANDLING;
		events.add(new CorrectionReceived(id, agencyId, actor.name(), now, on));
	}

	/**
	 * Closes an application whose served correction term passed without a correction:
	 * deemed abandoned (Article 30), counted as 其他处理·逾期不补正, dated the day after the term
	 * ended.
	 * @param correctionDue the last day of the correction term, derived from the day the
	 * notice was served and the term; {@code null} while the notice is not served
	 */
	void closeForMissingCorrection(LocalDate correctionDue, Actor actor, Instant now, LocalDate today) {
		requireStatus("按逾期不补正处理", RequestStatus.AWAITING_CORRECTION);
		if (!correction.served() || correctionDue == null) {
			throw new RuleViolation("request.correction-not-served", "补正告知书尚未登记送达；补正期限自送达之日起计算（《条例》第三十条），不能按逾期不补正处理");
		}
		if (!today.isAfter(correctionDue)) {
			throw new RuleViolation("request.correction-term-running",
					"补正期限至 " + correctionDue + " 届满，届满前不能按逾期不补正处理（《条例》第三十条）");
		}
		LocalDate lapsedOn = correctionDue.plusDays(1);
		close(Disposal.closed(Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE, lapsedOn, "逾期未补正，视为放弃申请"),
				RequestStatus.CLOSED);
		events.add(new CorrectionLapsed(id, agencyId, actor.name(), now, lapsedOn));
	}

	/**
	 * Accepts a checked application for handling and assigns its handler (登记 → 审核 → 办理).
	 */
	void accept(Actor handler, Actor actor, Instant now) {
		requireStatus("受理并分派", RequestStatus.RECEIVED);
		this.handlerId = handler.staffId();
		this.handlerName = handler.displayName();
		this.status = RequestStatus.IN_HANDLING;
		events.add(new RequestAccepted(id, agencyId, actor.name(), now, handler.staffId(), handler.displayName()));
	}

	/** Gives the application to another handler. */
	void reassign(Actor handler, String reason, Actor actor, Instant now) {
		fits("reason", reason, 1000);
		requireStatus("改派承办人", RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		this.handlerId = handler.staffId();
		this.handlerName = handler.displayName();
		events.add(new HandlerReassigned(id, agencyId, actor.name(), now, handler.staffId(), handler.displayName(),
				reason));
	}

	/**
	 * Consults a third party (Article 32) or another agency (Article 34) in writing. The
	 * clock stops from the day the letter is sent until the answer arrives or the party's
	 * 15 working days end.
	 */
	void consult(ConsultationKind kind, String party, LocalDate sentOn, Actor actor, Instant now, LocalDate today) {
		fits("party", party, 300);
		if (kind == null) {
			throw InvalidInput.of("kind", "request.step.error.kind");
		}
		requireStatus("征求意见", RequestStatus.IN_HANDLING);
		requireText(party, "request.consulted-party-missing", "须写明征求意见的对象");
		if (sentOn == null || sentOn.isAfter(today) || sentOn.isBefore(roundStart())) {
			throw new RuleViolation("request.consultation-sent-date-out-of-range", "征求意见书发出日期须在收到申请之日与今天之间");
		}
		consultations.add(new Consultation(round, kind, party, sentOn, null, null, null));
		events.add(new ConsultationStarted(id, agencyId, actor.name(), now, consultations.size(), kind, party, sentOn));
	}

	/**
	 * Records the answer of consultation {@code number} (1-based, as listed); the clock
	 * runs again the next day.
	 */
	void recordConsultationAnswer(int number, LocalDate answeredOn, String answer, Actor actor, Instant now,
			LocalDate today) {
		recordConsultationAnswer(number, answeredOn, answer, null, null, actor, now, today);
	}

	/**
	 * Records what consulted party {@code number} said (Article 32): agreement or
	 * objection on the day the answer arrived, or no answer once its term ended
	 * ({@code termEnds}, derived by the caller); no answer leaves the answer day empty,
	 * so the pause lasts its full term.
	 */
	void recordConsultationAnswer(int number, LocalDate answeredOn, String answer, ConsultationStance stance,
			LocalDate termEnds, Actor actor, Instant now, LocalDate today) {
		fits("answer", answer, 2000);
		requireStatus("登记征求意见答复", RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		if (number < 1 || number > consultations.size() || consultations.get(number - 1).roundNo() != round) {
			throw new RuleViolation("request.no-such-consultation", "没有第 " + number + " 项征求意见");
		}
		Consultation consultation = consultations.get(number - 1);
		if (consultation.isAnswered()) {
			throw new RuleViolation("request.consultation-answered",
					"第 " + number + " 项征求意见已于 " + consultation.answeredOn() + " 登记答复");
		}
		if (consultation.stance() == ConsultationStance.NO_ANSWER) {
			throw new RuleViolation("request.consultation-answered", "第 " + number + " 项征求意见已登记为逾期未提出意见");
		}
		if (stance == ConsultationStance.NO_ANSWER) {
			if (termEnds == null || !today.isAfter(termEnds)) {
				throw new RuleViolation("request.consultation-term-running",
						"征求意见期限（15 个工作日）届满后方可登记逾期未提出意见（《条例》第三十二条），期限至 " + termEnds);
			}
			consultations.set(number - 1, consultation.answered(null, answer, stance));
			events.add(new ConsultationAnswered(id, agencyId, actor.name(), now, number, null));
			return;
		}
		if (answeredOn == null || answeredOn.isAfter(today) || answeredOn.isBefore(consultation.sentOn())) {
			throw new RuleViolation("request.consultation-answer-date-out-of-range", "答复日期须在征求意见书发出之日与今天之间");
		}
		consultations.set(number - 1, consultation.answered(answeredOn, answer, stance));
		events.add(new ConsultationAnswered(id, agencyId, actor.name(), now, number, answeredOn));
	}

	/**
	 * The approval of an extension by a staff member; {@code officeHead} states whether
	 * they hold {@link Role#OFFICE_HEAD} in this application's agency (checked by the
	 * caller against the staff records).
	 */
	public record Approval(long staffId, String name, LocalDate approvedOn, boolean officeHead) {
	}

	/**
	 * Extends the reply period once, by at most 20 working days, approved by the head of
	 * the disclosure office (Article 33), before the period ends.
	 * @param replyDue the current reply due date, derived from the facts
	 */
	void extend(int days, String reason, Approval approval, LocalDate replyDue, Actor actor, Instant now,
			LocalDate today) {
		extend(days, reason, approval, null, replyDue, actor, now, today);
	}

	/**
	 * Extends the reply period once (Article 33): the office head's approval and the
	 * 延期答复告知书 to the applicant ({@code noticeOn}, the approval day when {@code null})
	 * both within the original period ending {@code replyDue}.
	 */
	void extend(int days, String reason, Approval approval, LocalDate noticeOn, LocalDate replyDue, Actor actor,
			Instant now, LocalDate today) {
		fits("reason", reason, 1000);
		requireStatus("延长答复期限", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW,
				RequestStatus.APPROVED);
		if (extension.granted()) {
			throw new RuleViolation("request.already-extended",
					"答复期限只能延长一次（《条例》第三十三条），已于 " + extension.approvedOn() + " 延长 " + extension.days() + " 个工作日");
		}
		if (days < 1 || days > StatutoryTerms.MAX_EXTENSION_DAYS) {
			throw new RuleViolation("request.extension-too-long",
					"延长答复期限最长不得超过 " + StatutoryTerms.MAX_EXTENSION_DAYS + " 个工作日（《条例》第三十三条）");
		}
		if (!approval.officeHead()) {
			throw new RuleViolation("request.extension-not-approved",
					"延长答复期限须经政府信息公开工作机构负责人同意（《条例》第三十三条），" + approval.name() + " 不是本机关的公开办负责人");
		}
		requireText(reason, "request.extension-reason-missing", "延长答复期限须说明理由");
		LocalDate on = approval.approvedOn();
		if (on == null || on.isAfter(today) || on.isBefore(roundStart())) {
			throw new RuleViolation("request.extension-approval-date-out-of-range", "批准日期须在收到申请之日与今天之间");
		}
		if (replyDue != null && on.isAfter(replyDue)) {
			throw new RuleViolation("request.extension-after-due",
					"答复期限已于 " + replyDue + " 届满，届满后不能再延长（《条例》第三十三条：延长须在原答复期限内经负责人同意）");
		}
		LocalDate told = noticeOn == null ? on : noticeOn;
		if (told.isBefore(on) || told.isAfter(today)) {
			throw new RuleViolation("request.extension-notice-date-out-of-range", "延期答复告知日期须在批准之日与今天之间");
		}
		if (replyDue != null && told.isAfter(replyDue)) {
			throw new RuleViolation("request.extension-notice-after-due",
					"延期答复须在原答复期限内告知申请人（《条例》第三十三条），原期限已于 " + replyDue + " 届满");
		}
		this.extension = extension.pending() ? extension.approved(approval.name(), on, told)
				: new Extension(days, approval.name(), on, reason, told);
		events.add(new DeadlineExtended(id, agencyId, actor.name(), now, days, approval.name(), on, reason));
	}

	/**
	 * Asks the head of the disclosure office to extend the reply period (Article 33):
	 * once, by at most 20 working days, with a reason, within the original period ending
	 * {@code replyDue}. A refused request may be followed by another; the term is
	 * extended only by an approval ({@link #approveExtension}).
	 */
	void requestExtension(int days, String reason, LocalDate replyDue, Actor actor, Instant now, LocalDate today) {
		fits("reason", reason, 1000);
		requireStatus("申请延长答复期限", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW,
				RequestStatus.APPROVED);
		if (extension.granted()) {
			throw new RuleViolation("request.already-extended",
					"答复期限只能延长一次（《条例》第三十三条），已于 " + extension.approvedOn() + " 延长 " + extension.days() + " 个工作日");
		}
		if (extension.pending()) {
			throw new RuleViolation("request.extension-pending",
					extension.requestedBy() + " 已于 " + extension.requestedOn() + " 申请延期，正待公开办负责人审批");
		}
		if (days < 1 || days > StatutoryTerms.MAX_EXTENSION_DAYS) {
			throw new RuleViolation("request.extension-too-long",
					"延长答复期限最长不得超过 " + StatutoryTerms.MAX_EXTENSION_DAYS + " 个工作日（《条例》第三十三条）");
		}
		requireText(reason, "request.extension-reason-missing", "延长答复期限须说明理由");
		if (replyDue != null && today.isAfter(replyDue)) {
			throw new RuleViolation("request.extension-after-due",
					"答复期限已于 " + replyDue + " 届满，届满后不能再延长（《条例》第三十三条：延长须在原答复期限内经负责人同意）");
		}
		this.extension = extension.requested(days, reason.strip(), actor, today);
		events.add(new ExtensionRequested(id, agencyId, actor.name(), now, days, reason.strip()));
	}

	/**
	 * The head of the disclosure office approves the pending request on {@code today}
	 * (Article 33): the period extends by the days asked, told to the applicant on
	 * {@code noticeOn} (today when {@code null}). The requester may not approve their own
	 * request.
	 */
	void approveExtension(Approval approval, LocalDate noticeOn, LocalDate replyDue, Actor actor, Instant now,
			LocalDate today) {
		checkDecidable(approval);
		extend(extension.requestedDays(), extension.reason(), approval, noticeOn, replyDue, actor, now, today);
	}

	/**
	 * The head of the disclosure office refuses the pending request with a reason: the
	 * reply period stays as it was.
	 */
	void refuseExtension(Approval approval, String why, Actor actor, Instant now, LocalDate today) {
		fits("comment", why, 1000);
		checkDecidable(approval);
		requireText(why, "request.extension-refusal-reason-missing", "不同意延期须说明理由");
		this.extension = extension.refusedBy(approval.name(), today, why.strip());
		events.add(new ExtensionRefused(id, agencyId, actor.name(), now, extension.requestedDays(), approval.name(),
				today, why.strip()));
	}

	private void checkDecidable(Approval approval) {
		requireStatus("审批延期申请", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW,
				RequestStatus.APPROVED);
		if (extension.granted()) {
			throw new RuleViolation("request.extension-decided",
					"该延期申请已于 " + extension.approvedOn() + " 由 " + extension.approvedBy() + " 批准，不能再次审批");
		}
		if (extension.refused()) {
			throw new RuleViolation("request.extension-decided",
					"该延期申请已于 " + extension.refusedOn() + " 由 " + extension.refusedBy() + " 决定不同意，不能再次审批");
		}
		if (!extension.pending()) {
			throw new RuleViolation("request.extension-not-requested", "没有待审批的延期申请");
		}
		if (!approval.officeHead()) {
			throw new RuleViolation("request.extension-not-approved",
					"延长答复期限须经政府信息公开工作机构负责人同意（《条例》第三十三条），" + approval.name() + " 不是本机关的公开办负责人");
		}
		if (extension.requestedById() != null && extension.requestedById() == approval.staffId()) {
			throw new RuleViolation("request.extension-own-request", "不能审批自己提出的延期申请，须由另一位公开办负责人审批");
		}
	}

	/**
	 * Corrects the applicant type before the reply (a registrar's mistake at intake): the
	 * current round then counts in the corrected column of table 三. An organisation
	 * proves itself with its 统一社会信用代码 and a natural person does not (Article 29 (一)).
	 */
	void correctApplicantType(ApplicantType type, String reason, Actor actor, Instant now) {
		fits("reason", reason, 1000);
		if (type == null) {
			throw InvalidInput.of("applicantType", "request.step.error.applicantType");
		}
		requireStatus("更正申请人类型", RequestStatus.RECEIVED, RequestStatus.AWAITING_CORRECTION, RequestStatus.IN_HANDLING,
				RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		if (type == applicant.type()) {
			throw new RuleViolation("request.applicant-type-unchanged", "申请人类型已是“" + type.label() + "”");
		}
		if (type.isOrganisation() != applicant.idType().organisational()) {
			throw new RuleViolation("request.applicant-type-id-mismatch",
					"申请人类型须与身份证明相符：法人或者其他组织以统一社会信用代码证明身份，公民以个人身份证件证明身份（《条例》第二十九条第二款第（一）项）");
		}
		requireText(reason, "request.applicant-type-reason-missing", "更正申请人类型须说明理由");
		ApplicantType from = applicant.type();
		this.applicant = new Applicant(type, applicant.name(), applicant.idType(), applicant.idNumber(),
				applicant.contactPerson(), applicant.phone(), applicant.email(), applicant.address(),
				applicant.postcode(), applicant.idOtherReason(), applicant.agentName(), applicant.agentIdNumber());
		HandlingRound current = rounds.get(rounds.size() - 1);
		rounds.set(rounds.size() - 1, current.counted(type));
		events.add(new ApplicantTypeCorrected(id, agencyId, actor.name(), now, from, type, reason));
	}

	/**
	 * Asks the applicant to give reasons for applications whose number or frequency
	 * clearly exceeds a reasonable range (Article 35), by {@code answerBy}.
	 */
	void askReasons(LocalDate askedOn, LocalDate answerBy, Actor actor, Instant now, LocalDate today) {
		requireStatus("要求说明理由", RequestStatus.IN_HANDLING);
		if (excessive.asked()) {
			throw new RuleViolation("request.reasons-already-asked",
					"已于 " + excessive.askedOn() + " 要求申请人说明理由（《条例》第三十五条）");
		}
		if (askedOn == null || askedOn.isAfter(today) || askedOn.isBefore(roundStart())) {
			throw new RuleViolation("request.reasons-asked-date-out-of-range", "要求说明理由的日期须在收到申请之日与今天之间");
		}
		if (answerBy == null || !answerBy.isAfter(askedOn)) {
			throw new RuleViolation("request.reasons-answer-by-out-of-range", "须写明申请人说明理由的期限，且在要求之日以后（《条例》第三十五条）");
		}
		this.excessive = new ExcessiveInquiry(askedOn, answerBy, null, null, null, null, null);
		events.add(ExcessiveStepRecorded.reasonsAsked(id, agencyId, actor.name(), now, answerBy));
	}

	/** Records the applicant's reasons (Article 35). */
	void recordReasons(LocalDate answeredOn, String reasons, Actor actor, Instant now, LocalDate today) {
		fits("reasons", reasons, 2000);
		requireStatus("登记申请人说明的理由", RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		if (!excessive.asked()) {
			throw new RuleViolation("request.reasons-not-asked", "尚未要求申请人说明理由（《条例》第三十五条）");
		}
		if (excessive.answeredOn() != null) {
			throw new RuleViolation("request.reasons-answered", "已于 " + excessive.answeredOn() + " 登记申请人说明的理由");
		}
		if (answeredOn == null || answeredOn.isAfter(today) || answeredOn.isBefore(excessive.askedOn())) {
			throw new RuleViolation("request.reasons-date-out-of-range", "说明理由的日期须在要求之日与今天之间");
		}
		requireText(reasons, "request.reasons-missing", "须记录申请人说明的理由");
		this.excessive = new ExcessiveInquiry(excessive.askedOn(), excessive.answerBy(), answeredOn, reasons, null,
				null, null);
		events.add(ExcessiveStepRecorded.reasonsRecorded(id, agencyId, actor.name(), now, answeredOn));
	}

	/**
	 * Sets the reasonable extended period of Article 35 when the applicant's reasons are
	 * sound but the reply cannot be given within the Article 33 period: a due date after
	 * {@code currentDue}, or working days added after it, with the reason.
	 */
	void setReasonablePeriod(LocalDate dueOn, Integer days, String reason, LocalDate currentDue, Actor actor,
			Instant now) {
		fits("reason", reason, 1000);
		requireStatus("确定延迟答复的合理期限", RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		if (excessive.answeredOn() == null) {
			throw new RuleViolation("request.reasons-not-answered", "确定延迟答复的合理期限，须先要求申请人说明理由并收到其说明（《条例》第三十五条）");
		}
		if (excessive.periodSet()) {
			throw new RuleViolation("request.reasonable-period-set", "延迟答复的合理期限已经确定（《条例》第三十五条）");
		}
		if ((dueOn == null) == (days == null)) {
			throw new RuleViolation("request.reasonable-period-missing", "须写明延迟答复的合理期限：一个日期或若干工作日，二者选一（《条例》第三十五条）");
		}
		if (days != null && (days < 1 || days > 200)) {
			throw new RuleViolation("request.reasonable-period-days", "合理期限须为 1 至 200 个工作日（《条例》第三十五条）");
		}
		if (dueOn != null && currentDue != null && !dueOn.isAfter(currentDue)) {
			throw new RuleViolation("request.reasonable-period-not-later",
					"延迟答复的合理期限须晚于现答复期限 " + currentDue + "（《条例》第三十五条）");
		}
		requireText(reason, "request.reasonable-period-reason-missing", "须说明确定延迟答复合理期限的理由（《条例》第三十五条）");
		this.excessive = new ExcessiveInquiry(excessive.askedOn(), excessive.answerBy(), excessive.answeredOn(),
				excessive.reasons(), dueOn, days, reason);
		events.add(ExcessiveStepRecorded.reasonablePeriodSet(id, agencyId, actor.name(), now, dueOn, days));
	}

	/**
	 * Submits a draft reply with exactly one outcome and its legal basis to the review
	 * chain; with an empty chain it is approved at once.
	 * @param chain the roles of the review levels, in order (snapshotted: a later
	 * configuration change does not alter a running review)
	 */
	void draftReply(Outcome proposed, String basis, String text, List<Role> chain, Actor actor, Instant now) {
		draftReply(proposed, basis, text, null, chain, actor, now);
	}

	/**
	 * Submits a draft reply; a 不属于本机关公开 reply names the responsible agency and its
	 * contact details (Article 36 (五)), which other replies do not carry.
	 */
	void draftReply(Outcome proposed, String basis, String text, ResponsibleAgency responsible, List<Role> chain,
			Actor actor, Instant now) {
		draftReply(proposed, basis, text, responsible, false, chain, actor, now);
	}

	/**
	 * Submits a draft reply, knowing whether the application's fee notice was served and
	 * its payment term passed unpaid ({@code feeOverdueUnpaid}, from the fees module):
	 * only then may the outcome be 逾期未缴费 (Article 42).
	 */
	void draftReply(Outcome proposed, String basis, String text, ResponsibleAgency responsible,
			boolean feeOverdueUnpaid, List<Role> chain, Actor actor, Instant now) {
		draftReply(proposed, basis, text, responsible, feeOverdueUnpaid, chain, actor, now, null);
	}

	/**
	 * Submits a draft reply on {@code today}: 无正当理由大量反复申请 only after the applicant was
	 * asked for reasons and answered, or the day set for the answer passed (Article 35).
	 */
	void draftReply(Outcome proposed, String basis, String text, ResponsibleAgency responsible,
			boolean feeOverdueUnpaid, List<Role> chain, Actor actor, Instant now, LocalDate today) {
		fits("legalBasis", basis, 500);
		fits("text", text, 8000);
		if (responsible != null) {
			fits("responsibleAgency", responsible.name(), 200);
			fits("responsibleAgencyContact", responsible.contact(), 300);
		}
		requireStatus("提交答复", RequestStatus.IN_HANDLING);
		if (proposed == null) {
			throw new RuleViolation("request.outcome-missing", "答复须选定一种办理结果");
		}
		if (proposed == Outcome.OTHER_DISPOSAL_CORRECTION_OVERDUE) {
			throw new RuleViolation("request.outcome-correction-overdue", "“逾期不补正”只能在补正期限届满后按逾期不补正处理，不能作为答复结果");
		}
		if (proposed == Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION && correction.receivedOn() == null) {
			throw new RuleViolation("request.unclear-needs-correction", "“补正后申请内容仍不明确”须先告知补正并收到补正申请（《条例》第三十条）");
		}
		if (proposed == Outcome.NOT_PROCESSED_REPEATED && repeatOf == null) {
			throw new RuleViolation("request.repeated-unmarked", "“重复申请”须先标记所重复的已答复申请（《条例》第三十六条第（六）项）");
		}
		if (proposed == Outcome.WITHHELD_THIRD_PARTY_RIGHTS && consultations.stream()
			.noneMatch(c -> c.roundNo() == round && c.kind() == ConsultationKind.THIRD_PARTY)) {
			throw new RuleViolation("request.third-party-not-consulted", "以保护第三方合法权益不予公开，须先书面征求第三方意见（《条例》第三十二条）");
		}
		if (proposed == Outcome.OTHER_DISPOSAL_FEE_UNPAID && !feeOverdueUnpaid) {
			throw feeNotOverdue();
		}
		if (proposed == Outcome.NOT_PROCESSED_EXCESSIVE && !excessive.concluded(today)) {
			throw new RuleViolation("request.excessive-reasons-missing",
					"“无正当理由大量反复申请”须先要求申请人说明理由，并收到其说明或所定说明期限届满（《条例》第三十五条）");
		}
		if (proposed == Outcome.UNAVAILABLE_NOT_RESPONSIBLE
				&& (responsible == null || blank(responsible.name()) || blank(responsible.contact()))) {
			throw new RuleViolation("request.responsible-agency-missing",
					"不属于本机关公开的，答复须告知负责公开该政府信息的行政机关的名称和联系方式（《条例》第三十六条第（五）项）");
		}
		requireText(basis, "request.legal-basis-missing", "答复须写明法律依据");
		requireText(text, "request.reply-text-missing", "答复正文不能为空，请写明答复的内容和理由后再提交审核");
		this.draft = draft.next(proposed, basisFor(proposed, basis.strip()), text, actor.staffId(), chain,
				proposed == Outcome.UNAVAILABLE_NOT_RESPONSIBLE ? responsible : null);
		this.status = chain.isEmpty() ? RequestStatus.APPROVED : RequestStatus.IN_REVIEW;
		events.add(new ReplyDrafted(id, agencyId, actor.name(), now, draft.number(), proposed));
	}

	/**
	 * The basis a draft with outcome {@code proposed} cites: the one entered, unless it
	 * is the basis of another outcome left over from the returned draft or another
	 * outcome's default, which a changed outcome does not keep (a 部分公开 reply citing
	 * Article 36 (一)(二) instead of Article 37).
	 */
	private String basisFor(Outcome proposed, String basis) {
		if (basis.equals(proposed.legalBasis())) {
			return basis;
		}
		boolean returnedDrafts = draft.outcome() != null && draft.outcome() != proposed
				&& basis.equals(draft.legalBasis());
		boolean anotherDefault = Arrays.stream(Outcome.values())
			.anyMatch(other -> other != proposed && other.legalBasis().equals(basis));
		return returnedDrafts || anotherDefault ? proposed.legalBasis() : basis;
	}

	private static RuleViolation feeNotOverdue() {
		return new RuleViolation("request.fee-not-overdue",
				"“逾期未缴费”须已送达收费通知书，且申请人自收到通知次日起 20 个工作日内未缴费（《条例》第四十二条，《政府信息公开信息处理费管理办法》）");
	}

	/**
	 * Whether the approved draft discloses (予以公开 or 部分公开) although a third party
	 * consulted in this round objected (Article 32).
	 */
	public boolean disclosesOverObjection() {
		return (draft.outcome() == Outcome.GRANTED || draft.outcome() == Outcome.PARTIALLY_GRANTED)
				&& currentConsultations().stream()
					.anyMatch(c -> c.kind() == ConsultationKind.THIRD_PARTY && c.objected());
	}

	/** The review chain of the current draft. */
	public List<Role> reviewChain() {
		return draft.chain();
	}

	/** The review level (from 1) awaiting a decision, or 0 when none does. */
	public int pendingReviewLevel() {
		if (status != RequestStatus.IN_REVIEW) {
			return 0;
		}
		long approved = reviews.stream()
			.filter(r -> r.roundNo() == round && r.draftNo() == draft.number() && r.approved())
			.count();
		return (int) approved + 1;
	}

	/**
	 * Decides the pending review level: approve moves to the next level (or to
	 * {@link RequestStatus#APPROVED} after the last), return sends the draft back to the
	 * handler with a comment.
	 * @param rolesHeld the roles the reviewer holds in this application's agency
	 */
	void review(boolean approve, String comment, Set<Role> rolesHeld, Actor reviewer, Instant now) {
		fits("comment", comment, 2000);
		requireStatus("审核答复", RequestStatus.IN_REVIEW);
		int level = pendingReviewLevel();
		Role required = reviewChain().get(level - 1);
		if (!rolesHeld.contains(required)) {
			throw new RuleViolation("request.review-role", "第 " + level + " 级审核须由" + ChineseLabels.of(required) + "作出");
		}
		if (reviewer.staffId() != null && reviewer.staffId().equals(draft.draftedBy())) {
			throw new RuleViolation("request.review-own-draft", "起草人不能审核自己的答复草稿");
		}
		if (!approve) {
			requireText(comment, "request.return-comment-missing", "退回时须写明意见");
		}
		reviews.add(new ReviewDecision(round, draft.number(), level, required.name(), reviewer.staffId(),
				reviewer.displayName(), now, approve, comment));
		if (!approve) {
			this.status = RequestStatus.IN_HANDLING;
		}
		else if (level == reviewChain().size()) {
			this.status = RequestStatus.APPROVED;
		}
		events.add(new ReplyReviewed(id, agencyId, reviewer.name(), now, level, approve, comment));
	}

	/**
	 * Sends the approved reply: the draft's outcome and legal basis, on
	 * {@code repliedOn}, by {@code delivery}.
	 */
	void answer(LocalDate repliedOn, DeliveryMethod delivery, Actor actor, Instant now, LocalDate today) {
		answer(repliedOn, delivery, draft.outcome() == Outcome.OTHER_DISPOSAL_FEE_UNPAID, actor, now, today);
	}

	/**
	 * Sends the approved reply; a 逾期未缴费 reply only while the fee notice is still unpaid
	 * past its term ({@code feeOverdueUnpaid}): a payment after the draft was approved
	 * stops it (Article 42).
	 */
	void answer(LocalDate repliedOn, DeliveryMethod delivery, boolean feeOverdueUnpaid, Actor actor, Instant now,
			LocalDate today) {
		answer(repliedOn, delivery, feeOverdueUnpaid, false, actor, now, today);
	}

	/**
	 * Sends the approved reply; a disclosure (予以公开, 部分公开) over a third party's recorded
	 * objection only with the written notice to that party on file
	 * ({@code thirdPartyNoticeOnFile}, Article 32).
	 */
	void answer(LocalDate repliedOn, DeliveryMethod delivery, boolean feeOverdueUnpaid, boolean thirdPartyNoticeOnFile,
			Actor actor, Instant now, LocalDate today) {
		requireStatus("答复", RequestStatus.APPROVED);
		if (disclosesOverObjection() && !thirdPartyNoticeOnFile) {
			throw new RuleViolation("request.objection-notice-missing",
					"第三方不同意公开而决定予以公开的，须将决定公开的内容和理由书面告知第三方（《条例》第三十二条），请先上传告知第三方的告知书");
		}
		if (draft.outcome() == Outcome.OTHER_DISPOSAL_FEE_UNPAID && !feeOverdueUnpaid) {
			throw feeNotOverdue();
		}
		if (repliedOn == null || repliedOn.isAfter(today) || repliedOn.isBefore(roundStart())) {
			throw new RuleViolation("request.reply-date-out-of-range", "答复日期须在收到申请之日与今天之间");
		}
		if (delivery == null) {
			throw new RuleViolation("request.delivery-missing", "须写明答复的送达方式");
		}
		close(Disposal.replied(draft, repliedOn, delivery), RequestStatus.ANSWERED);
		events.add(new RequestAnswered(id, agencyId, actor.name(), now, disposal.outcome(), repliedOn, delivery));
	}

	/**
	 * Records that the reply was served, with its proof attached separately
	 * (回执、邮寄凭证、电子送达记录).
	 */
	void recordService(LocalDate on, Actor actor, Instant now, LocalDate today) {
		requireStatus("登记送达", RequestStatus.ANSWERED);
		if (on == null || on.isAfter(today) || on.isBefore(disposal.repliedOn())) {
			throw new RuleViolation("request.service-date-out-of-range", "送达日期须在答复日期与今天之间");
		}
		this.disposal = disposal.served(on);
		events.add(new ServiceRecorded(id, agencyId, actor.name(), now, on));
	}

	/**
	 * Archives a disposed application; a replied one needs its proof of service first. It
	 * is read-only afterwards.
	 */
	void archive(boolean proofOfServiceAttached, Actor actor, Instant now) {
		requireStatus("归档", RequestStatus.ANSWERED, RequestStatus.CLOSED);
		if (status == RequestStatus.ANSWERED && (disposal.servedOn() == null || !proofOfServiceAttached)) {
			throw new RuleViolation("request.archive-without-service", "答复后须登记送达并上传送达凭证，方可归档");
		}
		this.disposal = disposal.archived(now);
		this.status = RequestStatus.ARCHIVED;
		events.add(new RequestArchived(id, agencyId, actor.name(), now));
	}

	/** Records the applicant's withdrawal; counted as 其他处理·其他. */
	void withdraw(LocalDate on, String reason, Actor actor, Instant now, LocalDate today) {
		fits("reason", reason, 1000);
		requireStatus("撤回", RequestStatus.RECEIVED, RequestStatus.AWAITING_CORRECTION, RequestStatus.IN_HANDLING,
				RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
		requireText(reason, "request.withdrawal-reason-missing", "撤回须记录申请人的撤回方式或理由");
		if (on == null || on.isAfter(today) || on.isBefore(roundStart())) {
			throw new RuleViolation("request.withdrawal-date-out-of-range", "撤回日期须在收到申请之日与今天之间");
		}
		close(Disposal.closed(Outcome.OTHER_DISPOSAL_OTHER, on, "申请人撤回：" + reason), RequestStatus.CLOSED);
		events.add(new RequestWithdrawn(id, agencyId, actor.name(), now, on, reason));
	}

	/**
	 * Splits an application asking for several matters (一事一申请): this application keeps
	 * the first matter, each other matter becomes a new application of the same applicant
	 * with the same receipt date and its own tracking code. Each part counts as one
	 * application in the statistics.
	 */
	List<InformationRequest> split(List<InformationSought> parts, Supplier<String> trackingCodes, Actor actor,
			Instant now) {
		if (parts != null && parts.size() > MAX_SPLIT_PARTS) {
			throw InvalidInput.of("parts", "request.split.too-many", MAX_SPLIT_PARTS);
		}
		if (parts != null) {
			for (int i = 0; i < parts.size(); i++) {
				InformationSought part = parts.get(i);
				String field = "parts[" + i + "]";
				if (part == null || part.title() == null || part.title().isBlank()) {
					throw InvalidInput.of(field + ".title", "request.split.title-missing", i + 1);
				}
				fits(field + ".title", part.title(), 500);
				fits(field + ".documentNumber", part.documentNumber(), 200);
				fits(field + ".description", part.description(), 4000);
			}
		}
		requireStatus("拆分", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING);
		if (parts == null || parts.size() < 2) {
			throw new RuleViolation("request.split-needs-two", "拆分须列出至少两项申请内容");
		}
		this.sought = parts.get(0);
		List<InformationRequest> created = new ArrayList<>();
		for (InformationSought part : parts.subList(1, parts.size())) {
			InformationRequest copy = new InformationRequest();
			copy.agencyId = agencyId;
			copy.trackingCode = trackingCodes.get();
			copy.channel = channel;
			copy.applicant = applicant;
			copy.sought = part;
			copy.receipt = receipt;
			copy.createdAt = now;
			copy.splitFrom = id;
			copy.receive(receipt.receivedOn());
			copy.correction = correction;
			created.add(copy);
		}
		return created;
	}

	/** Records the split once the new parts have identifiers. */
	void splitInto(List<Long> partIds, Actor actor, Instant now) {
		events.add(new RequestSplit(id, agencyId, actor.name(), now, List.copyOf(partIds)));
	}

	/**
	 * Marks this application as repeating an earlier one of the same agency that was
	 * already answered (Article 36 (六)); it may then be answered 不予重复处理.
	 */
	void markRepeated(InformationRequest earlier, Actor actor, Instant now) {
		requireStatus("标记重复申请", RequestStatus.RECEIVED, RequestStatus.IN_HANDLING);
		long earlierId = earlier.getId();
		if (id != null && earlierId == id) {
			throw new RuleViolation("request.repeat-of-self", "申请不能重复自身");
		}
		// Answered: a reply was given; a withdrawn or lapsed (逾期不补正) application was not.
		if (earlier.getAgencyId() != agencyId || !earlier.getStatus().isDisposed()
				|| earlier.disposal.repliedOn() == null) {
			throw new RuleViolation("request.repeat-of-unanswered", "只能标记为重复本机关已答复过的申请（《条例》第三十六条第（六）项）");
		}
		if (!sameIdentity(applicant, earlier.applicant)) {
			throw new RuleViolation("request.repeat-of-other-applicant",
					"重复申请须是同一申请人（按身份证件号码）的申请（《条例》第三十六条第（六）项），前次申请 " + earlier.getTrackingCode() + " 不是本申请人提出的");
		}
		if (!sameInformation(sought, earlier.sought)) {
			throw new RuleViolation("request.repeat-of-other-information",
					"重复申请须是申请公开同一政府信息（《条例》第三十六条第（六）项），前次申请 " + earlier.getTrackingCode() + " 所申请的信息不同");
		}
		this.repeatOf = earlierId;
		events.add(new RequestMarkedRepeated(id, agencyId, actor.name(), now, earlierId, earlier.getTrackingCode()));
	}

	/** The same applicant by identity document number (case and blanks ignored). */
	private static boolean sameIdentity(Applicant one, Applicant other) {
		String a = normalized(one.idNumber());
		return !a.isEmpty() && a.equalsIgnoreCase(normalized(other.idNumber()));
	}

	/**
	 * The same information: the same document number (文号) where both name one, else the
	 * same title, blanks ignored.
	 */
	private static boolean sameInformation(InformationSought one, InformationSought other) {
		String number = normalized(one.documentNumber());
		if (!number.isEmpty() && !normalized(other.documentNumber()).isEmpty()) {
			return number.equals(normalized(other.documentNumber()));
		}
		String title = normalized(one.title());
		return !title.isEmpty() && title.equals(normalized(other.title()));
	}

	private static String normalized(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "");
	}

	/**
	 * Reopens a disposed application for handling again, as an appeal's correcting result
	 * (纠正) requires. A new handling round starts today with the full reply period; in the
	 * year of the revoked disposal it replaces that disposal, in a later year the earlier
	 * disposal stays counted in its year and the new round counts as newly received in
	 * the year of reopening (see {@link RequestStatistics}).
	 */
	void reopen(String reason, Actor actor, Instant now, LocalDate today) {
		reopen(reason, ReopeningTerm.NONE, actor, now, today);
	}

	/**
	 * Reopens with the period the correcting decision sets for the reply ({@code term}):
	 * a date not before today, or working days from a service day not after today.
	 */
	void reopen(String reason, ReopeningTerm term, Actor actor, Instant now, LocalDate today) {
		fits("reason", reason, 1000);
		ReopeningTerm set = term == null ? ReopeningTerm.NONE : term;
		if (set.dueOn() != null && set.dueOn().isBefore(today)) {
			throw new RuleViolation("request.reopening-term-past", "决定书所定的答复期限不能早于重新办理之日");
		}
		if (set.decisionServedOn() != null && set.decisionServedOn().isAfter(today)) {
			throw new RuleViolation("request.reopening-served-future", "决定书送达日期不能晚于今天");
		}
		requireStatus("重新办理", true, RequestStatus.ANSWERED, RequestStatus.CLOSED, RequestStatus.ARCHIVED);
		requireText(reason, "request.reopening-reason-missing", "重新办理须说明理由（如复议决定书、判决书文号）");
		if (today.isBefore(disposal.closedOn())) {
			throw new RuleViolation("request.reopened-before-closing", "重新办理日期不能早于原办结日期");
		}
		// Reopened in the year of the revoked disposal, the application counts once in
		// that
		// year, under the new round's outcome (or carried forward); reopened later, the
		// new
		// round is newly received in the year of reopening (issue 11, item 7).
		boolean sameYear = disposal.closedOn().getYear() == today.getYear();
		if (sameYear) {
			rounds.set(rounds.size() - 1, rounds.get(rounds.size() - 1).supersede());
		}
		this.round++;
		this.rounds.add(new HandlingRound(round, agencyId, applicant.type(), today, null, null, reason, set.dueOn(),
				set.workingDays(), set.workingDays() == null ? null : set.decisionServedOn(), false, sameYear));
		this.status = handlerId == null ? RequestStatus.RECEIVED : RequestStatus.IN_HANDLING;
		this.extension = Extension.NONE;
		this.excessive = ExcessiveInquiry.NONE;
		this.draft = draft.cleared();
		this.disposal = Disposal.NONE;
		events.add(new RequestReopened(id, agencyId, actor.name(), now, round, reason));
	}

	/**
	 * Gives the round reopened on {@code reopenedOn} the period of the corrected decision
	 * that reopened it, as long as that round is still being handled; the same rules as
	 * {@link #reopen(String, ReopeningTerm, Actor, Instant, LocalDate)}.
	 * @return whether the round took the period (not when it has been answered or another
	 * round followed)
	 */
	boolean changeReopeningTerm(LocalDate reopenedOn, ReopeningTerm term, LocalDate today) {
		ReopeningTerm set = term == null ? ReopeningTerm.NONE : term;
		HandlingRound current = rounds.get(rounds.size() - 1);
		if (round <= 1 || !current.isOpen() || !current.startedOn().equals(reopenedOn)) {
			return false;
		}
		if (set.dueOn() != null && set.dueOn().isBefore(today)) {
			throw new RuleViolation("request.reopening-term-past", "决定书所定的答复期限不能早于重新办理之日");
		}
		if (set.decisionServedOn() != null && set.decisionServedOn().isAfter(today)) {
			throw new RuleViolation("request.reopening-served-future", "决定书送达日期不能晚于今天");
		}
		rounds.set(rounds.size() - 1, current.withTerm(set));
		return true;
	}

	/**
	 * Records an attached document; documents of an archived application cannot change.
	 */
	void attached(long documentId, String kind, String filename, Actor actor, Instant now) {
		if (status == RequestStatus.ARCHIVED) {
			throw archived();
		}
		events.add(new DocumentAttached(id, agencyId, actor.name(), now, documentId, kind, filename));
	}

	private void close(Disposal by, RequestStatus closedStatus) {
		this.disposal = by;
		this.status = closedStatus;
		HandlingRound current = rounds.get(rounds.size() - 1);
		rounds.set(rounds.size() - 1, current.closed(by.closedOn(), by.outcome()));
	}

	/**
	 * The day the current handling round started: the receipt date, or the reopening
	 * date.
	 */
	public LocalDate roundStart() {
		return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1).startedOn();
	}

	private void requireStatus(String verb, RequestStatus... allowed) {
		requireStatus(verb, false, allowed);
	}

	private void requireStatus(String verb, boolean archivedAllowed, RequestStatus... allowed) {
		if (status == RequestStatus.ARCHIVED && !archivedAllowed) {
			throw archived();
		}
		if (!Arrays.asList(allowed).contains(status)) {
			throw new RuleViolation("request.wrong-status", "申请当前状态为“" + ChineseLabels.of(status) + "”，不能" + verb);
		}
	}

	static RuleViolation archived() {
		return new RuleViolation("request.archived", "申请已归档，归档后只读（《条例》第四十五条）");
	}

	/**
	 * Refuses text longer than its column, counted in characters, or holding a character
	 * no field accepts, before any rule is looked at: 400 with the field named.
	 */
	private static void fits(String field, String text, int max) {
		TextInput.require(field, text, max);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void requireText(String text, String code, String message) {
		if (blank(text)) {
			throw new RuleViolation(code, message);
		}
	}

	/**
	 * Takes the events queued by the verbs since the last call, for publishing after the
	 * save.
	 */
	List<RequestEvent> drainEvents() {
		List<RequestEvent> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	void updateDueIndex(LocalDate due, LocalDate pauseEnds) {
		this.dueIndex = due;
		this.pauseIndex = pauseEnds;
	}

	void updateClosedInTime(Boolean inTime) {
		this.closedInTime = inTime;
	}

	/** The reference other modules see. */
	public RequestReference reference() {
		return new RequestReference(id, agencyId, trackingCode, applicant.type(), applicant.name(), sought.title(),
				receipt.receivedOn(), status, disposal.outcome(), disposal.closedOn());
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	String getSubmissionKey() {
		return submissionKey;
	}

	String getSubmissionHash() {
		return submissionHash;
	}

	public Channel getChannel() {
		return channel;
	}

	public Applicant getApplicant() {
		return applicant;
	}

	public InformationSought getSought() {
		return sought;
	}

	public Instant getSubmittedAt() {
		return receipt.submittedAt();
	}

	public LocalDate getSubmittedOn() {
		return receipt.submittedOn();
	}

	public LocalDate getSignedForOn() {
		return receipt.signedForOn();
	}

	public LocalDate getConfirmedOn() {
		return receipt.confirmedOn();
	}

	public LocalDate getReceivedOn() {
		return receipt.receivedOn();
	}

	public String getReceiptNote() {
		return receipt.note();
	}

	public String getConfirmationReason() {
		return receipt.confirmationReason();
	}

	public Receipt getReceipt() {
		return receipt;
	}

	public Correction getCorrection() {
		return correction;
	}

	public Extension getExtension() {
		return extension;
	}

	public ExcessiveInquiry getExcessive() {
		return excessive;
	}

	public ReplyDraft getDraft() {
		return draft;
	}

	public Disposal getDisposal() {
		return disposal;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public LocalDate getCorrectionRequestedOn() {
		return correction.requestedOn();
	}

	public String getCorrectionMatters() {
		return correction.matters();
	}

	public Integer getCorrectionTermDays() {
		return correction.termDays();
	}

	public LocalDate getCorrectionReceivedOn() {
		return correction.receivedOn();
	}

	public LocalDate getCorrectionServedOn() {
		return correction.servedOn();
	}

	public Long getHandlerId() {
		return handlerId;
	}

	public String getHandlerName() {
		return handlerName;
	}

	public Integer getExtensionDays() {
		return extension.days();
	}

	public String getExtensionApprovedBy() {
		return extension.approvedBy();
	}

	public LocalDate getExtensionApprovedOn() {
		return extension.approvedOn();
	}

	public LocalDate getExtensionNoticeOn() {
		return extension.noticeOn();
	}

	public String getExtensionReason() {
		return extension.reason();
	}

	public int getDraftNo() {
		return draft.number();
	}

	public Outcome getDraftOutcome() {
		return draft.outcome();
	}

	public String getDraftLegalBasis() {
		return draft.legalBasis();
	}

	public String getDraftText() {
		return draft.text();
	}

	public Long getDraftedBy() {
		return draft.draftedBy();
	}

	public Outcome getOutcome() {
		return disposal.outcome();
	}

	public String getDraftResponsibleAgency() {
		return draft.responsibleAgency();
	}

	public String getDraftResponsibleAgencyContact() {
		return draft.responsibleAgencyContact();
	}

	public String getResponsibleAgency() {
		return disposal.responsibleAgency();
	}

	public String getResponsibleAgencyContact() {
		return disposal.responsibleAgencyContact();
	}

	public String getLegalBasis() {
		return disposal.legalBasis();
	}

	public String getReplyText() {
		return disposal.replyText();
	}

	public LocalDate getRepliedOn() {
		return disposal.repliedOn();
	}

	public DeliveryMethod getReplyDelivery() {
		return disposal.replyDelivery();
	}

	public LocalDate getClosedOn() {
		return disposal.closedOn();
	}

	public String getClosingNote() {
		return disposal.closingNote();
	}

	public LocalDate getServedOn() {
		return disposal.servedOn();
	}

	public Instant getArchivedAt() {
		return disposal.archivedAt();
	}

	public Integer getLockedYearFlag() {
		return lockedYearFlag;
	}

	/**
	 * Flags that a step the law requires was recorded in the signed-off {@code year}.
	 */
	void flagLockedYear(int year) {
		this.lockedYearFlag = year;
	}

	public String getReplyLetterReason() {
		return replyLetterReason;
	}

	/**
	 * Records why the reply about to be served uses an uploaded 答复书 (none when it was
	 * generated).
	 */
	void replyLetter(String uploadReason) {
		fits("replyLetterReason", uploadReason, 500);
		this.replyLetterReason = uploadReason;
	}

	public Long getSplitFrom() {
		return splitFrom;
	}

	public Long getRepeatOf() {
		return repeatOf;
	}

	public int getRound() {
		return round;
	}

	LocalDate getPauseIndex() {
		return pauseIndex;
	}

	LocalDate getDueIndex() {
		return dueIndex;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Integer getVersion() {
		return version;
	}

	public List<HandlingRound> getRounds() {
		return Collections.unmodifiableList(rounds);
	}

	public List<Consultation> getConsultations() {
		return Collections.unmodifiableList(consultations);
	}

	/** The consultations of the current handling round, which pause its clock. */
	public List<Consultation> currentConsultations() {
		return consultations.stream().filter(c -> c.roundNo() == round).toList();
	}

	public List<ReviewDecision> getReviews() {
		return Collections.unmodifiableList(reviews);
	}

	/**
	 * The decision that returned the current draft to the handler, while it waits for the
	 * next draft; {@code null} otherwise.
	 */
	public ReviewDecision returnedReview() {
		if (status != RequestStatus.IN_HANDLING || draft.outcome() == null) {
			return null;
		}
		ReviewDecision returned = null;
		for (ReviewDecision review : reviews) {
			if (review.roundNo() == round && review.draftNo() == draft.number() && !review.approved()) {
				returned = review;
			}
		}
		return returned;
	}

}
