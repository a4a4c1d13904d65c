package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.ReopeningTerm;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 行政复议 or 行政诉讼 case to which the agency is party because of its handling of an
 * application for government information (Article 51 of the Regulations): the aggregate
 * through which every change is made. Each domain verb checks its precondition and, when
 * it does not hold, throws a {@link RuleViolation} naming the broken rule (or an
 * {@link InvalidInput} naming the fields in error) and changes nothing; each successful
 * verb queues a past-tense {@link AppealEvent}.
 *
 * <p>
 * A case is pending until its result is recorded ({@link #decide}); a recorded result
 * changes only through the explicit {@link #correctDecision} with a reason, so that a
 * figure already reported never moves by accident.
 */
@Table("appeal_case")
public class AppealCase {

	@Id
	private Long id;

	private long agencyId;

	private AppealKind kind;

	private Long reconsiderationId;

	private Long requestId;

	private String requestTrackingCode;

	private String externalReference;

	private ApplicantType applicantType;

	private String applicantName;

	private LocalDate originalReplyOn;

	private String body;

	private String caseNumber;

	private LocalDate filedOn;

	private ContestedAct contestedAct;

	private String claims;

	private LocalDate notifiedOn;

	private AppealResult result;

	private Disposition disposition;

	private LocalDate decidedOn;

	private String decisionNumber;

	private String decisionSummary;

	private LocalDate reopeningDueOn;

	private Integer reopeningDays;

	private LocalDate decisionServedOn;

	private LocalDate requestReopenedOn;

	private int corrections;

	private Instant voidedAt;

	private String voidReason;

	private String submissionKey;

	private Instant createdAt;

	private String createdBy;

	@Version
	private Integer version;

	@Transient
	private final List<AppealEvent> events = new ArrayList<>();

	protected AppealCase() {
	}

	/**
	 * Enters a reconsideration or a direct lawsuit about {@code link}.
	 * @throws InvalidInput when a field is missing or wrong, including a filing date
	 * before the contested reply
	 * @throws RuleViolation when the linked application was never received
	 */
	static AppealCase register(long agencyId, AppealKind kind, ApplicationLink link, CaseFacts facts,
			String submissionKey, String actor, Instant now, LocalDate today) {
		if (kind == AppealKind.LITIGATION_AFTER_RECONSIDERATION) {
			throw new IllegalArgumentException("复议后起诉须通过其复议案件登记");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(new FieldProblem("kind", "appeal.error.kind.required"));
		}
		if (link == null) {
			problems.add(new FieldProblem("requestRef", "appeal.error.application.required"));
		}
		if (link instanceof ApplicationLink.Older older) {
			problems.addAll(AppealChecks.older(older, facts.contestedAct(), today));
		}
		if (link instanceof ApplicationLink.Linked linked && linked.receivedOn() == null) {
			throw new RuleViolation("appeal.application-not-received",
					"申请 " + linked.trackingCode() + " 尚未确认收到，不能就其登记复议或诉讼");
		}
		LocalDate earliest = link == null || facts.contestedAct() == null ? null
				: link.earliestFiling(facts.contestedAct());
		problems.addAll(AppealChecks.facts(facts, earliest, earliestWhat(link, facts.contestedAct()), today));
		AppealChecks.throwIfAny(problems);

		AppealCase appeal = new AppealCase();
		appeal.agencyId = agencyId;
		appeal.kind = kind;
		appeal.applicantType = link.applicantType();
		appeal.applicantName = link.applicantName();
		if (link instanceof ApplicationLink.Linked linked) {
			appeal.requestId = linked.id();
			appeal.requestTrackingCode = linked.trackingCode();
		}
		else if (link instanceof ApplicationLink.Older older) {
			appeal.externalReference = older.reference().strip();
			appeal.originalReplyOn = older.repliedOn();
		}
		appeal.start(facts, submissionKey, actor, now);
		return appeal;
	}

	/**
	 * Enters a lawsuit brought after {@code reconsideration} (复议后起诉): it concerns the
	 * same application and applicant, and may be filed only once the reconsideration has
	 * a result, on or after the day of that result.
	 * @throws RuleViolation when {@code reconsideration} is not a reconsideration, is
	 * voided or is still pending
	 * @throws InvalidInput when a field is missing or wrong
	 */
	static AppealCase registerAfter(AppealCase reconsideration, CaseFacts facts, String submissionKey, String actor,
			Instant now, LocalDate today) {
		if (reconsideration.kind != AppealKind.RECONSIDERATION) {
			throw new RuleViolation("appeal.not-a-reconsideration",
					"复议后起诉须关联一件行政复议案件，案件 " + reconsideration.id + " 是" + reconsideration.kind.label());
		}
		if (reconsideration.isVoided()) {
			throw new RuleViolation("appeal.voided", "复议案件 " + reconsideration.id + " 已作废，不能据以登记复议后起诉");
		}
		if (reconsideration.result == AppealResult.PENDING) {
			throw new RuleViolation("appeal.reconsideration-pending",
					"复议后起诉须以已有结果的行政复议为前提：复议案件 " + reconsideration.reference() + " 尚未审结");
		}
		AppealChecks.throwIfAny(AppealChecks.facts(facts, reconsideration.decidedOn, "复议结果日期", today));
		AppealCase appeal = new AppealCase();
		appeal.agencyId = reconsideration.agencyId;
		appeal.kind = AppealKind.LITIGATION_AFTER_RECONSIDERATION;
		appeal.reconsiderationId = reconsideration.id;
		appeal.requestId = reconsideration.requestId;
		appeal.requestTrackingCode = reconsideration.requestTrackingCode;
		appeal.externalReference = reconsideration.externalReference;
		appeal.originalReplyOn = reconsideration.originalReplyOn;
		appeal.applicantType = reconsideration.applicantType;
		appeal.applicantName = reconsideration.applicantName;
		appeal.start(facts, submissionKey, actor, now);
		return appeal;
	}

	private void start(CaseFacts facts, String submissionKey, String actor, Instant now) {
		this.body = facts.body();
		this.caseNumber = facts.caseNumber();
		this.filedOn = facts.filedOn();
		this.contestedAct = facts.contestedAct();
		this.claims = facts.claims();
		this.result = AppealResult.PENDING;
		this.submissionKey = submissionKey;
		this.createdAt = now;
		this.createdBy = actor;
	}

	/** Queues the registration event once the case has its identifier. */
	void registered(String actor, Instant now) {
		events.add(new AppealRegistered(id, agencyId, actor, now, kind, applicationReference(), maskedApplicant(), body,
				caseNumber, filedOn));
	}

	/**
	 * Amends the facts of the case. The filing date stays bounded by the contested act
	 * (from {@code link}, or the reconsideration's result date for a lawsuit after
	 * reconsideration) and by a recorded result's date.
	 * @param earliestFiling the earliest possible filing date, {@code null} if unknown
	 * @param earliestWhat what that date is, for the message
	 */
	void amend(CaseFacts facts, LocalDate earliestFiling, String earliestWhat, String actor, Instant now,
			LocalDate today) {
		requireNotVoided();
		List<FieldProblem> problems = new ArrayList<>(AppealChecks.facts(facts, earliestFiling, earliestWhat, today));
		if (decidedOn != null && facts.filedOn() != null && facts.filedOn().isAfter(decidedOn)) {
			problems.add(new FieldProblem("filedOn", "appeal.error.filedOn.afterDecision", decidedOn.toString()));
		}
		if (notifiedOn != null && facts.filedOn() != null && facts.filedOn().isAfter(notifiedOn)) {
			problems.add(new FieldProblem("filedOn", "appeal.error.filedOn.afterNotification", notifiedOn.toString()));
		}
		AppealChecks.throwIfAny(problems);
		List<AppealAmended.Change> changes = new ArrayList<>();
		change(changes, "body", body, facts.body());
		change(changes, "caseNumber", caseNumber, facts.caseNumber());
		change(changes, "filedOn", filedOn, facts.filedOn());
		change(changes, "contestedAct", contestedAct, facts.contestedAct());
		change(changes, "claims", claims, facts.claims());
		if (changes.isEmpty()) {
			throw new RuleViolation("appeal.nothing-changed", "没有修改任何内容");
		}
		this.body = facts.body();
		this.caseNumber = facts.caseNumber();
		this.filedOn = facts.filedOn();
		this.contestedAct = facts.contestedAct();
		this.claims = facts.claims();
		events.add(new AppealAmended(id, agencyId, actor, now, changes));
	}

	/**
	 * Records, or corrects, the day the agency was notified of the case: the day it
	 * received the 答复通知书 with the copy of the application (行政复议法 Art. 48) or the 应诉通知书
	 * with the copy of the complaint (行政诉讼法 Art. 67). Its term to answer runs from that
	 * day ({@link AppealTerms}).
	 * @throws RuleViolation when the case is voided, the day is missing, before the
	 * filing, after today, or the same as recorded; nothing changes
	 */
	void recordNotification(LocalDate on, String actor, Instant now, LocalDate today) {
		requireNotVoided();
		if (on == null) {
			throw new RuleViolation("appeal.notified-on-required", "请填写收到" + notice() + "的日期");
		}
		if (on.isBefore(filedOn)) {
			throw new RuleViolation("appeal.notified-before-filing",
					"收到" + notice() + "的日期 " + on + " 不能早于申请复议或起诉的日期 " + filedOn);
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("appeal.notified-in-future", "收到" + notice() + "的日期 " + on + " 不能晚于今天 " + today);
		}
		if (on.equals(notifiedOn)) {
			throw new RuleViolation("appeal.nothing-changed", "收到" + notice() + "的日期与已登记的相同");
		}
		LocalDate before = notifiedOn;
		this.notifiedOn = on;
		events.add(new AppealNotified(id, agencyId, actor, now, kind, on, before));
	}

	/** The notice that starts the agency's term: 答复通知书 or 应诉通知书. */
	private String notice() {
		return kind.isLitigation() ? "应诉通知书" : "答复通知书";
	}

	/**
	 * Records the result of a pending case.
	 * @param reopensApplication whether the caller reopens the linked application in the
	 * same transaction (a result that sends the case back, on an application that stands
	 * disposed of)
	 * @throws RuleViolation when the case already has a result (use
	 * {@link #correctDecision}) or is voided
	 * @throws InvalidInput when the result or its date is missing or wrong
	 */
	void decide(Decision decision, boolean reopensApplication, String actor, Instant now, LocalDate today) {
		requireNotVoided();
		if (result != AppealResult.PENDING) {
			throw new RuleViolation("appeal.already-decided",
					"案件已有结果（" + disposition.label(kind) + "，" + decidedOn + "），不能再次登记结果；如登记有误或结果有变，请使用“更正结果”并说明理由");
		}
		AppealChecks.throwIfAny(AppealChecks.decision(decision, kind, filedOn, today));
		requireTermFits(decision);
		requireReopeningFits(decision.disposition(), reopensApplication);
		apply(decision);
		String note = reopen(decision.disposition(), reopensApplication, today);
		events.add(new AppealDecided(id, agencyId, actor, now, kind, disposition, decidedOn,
				reopensApplication ? requestId : null, note));
	}

	/**
	 * Corrects a recorded result (entered wrongly, or changed by a later instance), or
	 * withdraws it so that the case is pending again ({@code decision} {@code null}). An
	 * application already reopened stays reopened: its new handling is a fact of its own.
	 * @param laterLawsuitFiledOn the filing date of a lawsuit brought after this
	 * reconsideration, {@code null} if none
	 * @throws RuleViolation when the case has no result yet (use {@link #decide}),
	 * nothing would change, or a lawsuit after this reconsideration rests on the result
	 */
	void correctDecision(Decision decision, String reason, LocalDate laterLawsuitFiledOn, boolean reopensApplication,
			String actor, Instant now, LocalDate today) {
		requireNotVoided();
		if (result == AppealResult.PENDING) {
			throw new RuleViolation("appeal.not-decided", "案件尚未审结，没有可更正的结果；请直接登记结果");
		}
		List<FieldProblem> problems = new ArrayList<>(AppealChecks.reason(reason));
		if (decision != null) {
			problems.addAll(AppealChecks.decision(decision, kind, filedOn, today));
		}
		AppealChecks.throwIfAny(problems);
		if (decision != null) {
			requireTermFits(decision);
		}
		if (decision != null && decision.equals(decision())) {
			throw new RuleViolation("appeal.nothing-changed", "更正后的结果与原结果相同");
		}
		if (laterLawsuitFiledOn != null) {
			if (decision == null) {
				throw new RuleViolation("appeal.lawsuit-blocks-withdrawal", "已据此复议结果登记了复议后起诉，不能撤回结果；请先处理该诉讼案件");
			}
			if (decision.decidedOn().isAfter(laterLawsuitFiledOn)) {
				throw new RuleViolation("appeal.decided-after-lawsuit-filed",
						"复议结果日期不能晚于复议后起诉的起诉日期 " + laterLawsuitFiledOn);
			}
		}
		requireReopeningFits(decision == null ? null : decision.disposition(), reopensApplication);
		Disposition before = disposition;
		LocalDate beforeOn = decidedOn;
		if (decision == null) {
			this.result = AppealResult.PENDING;
			this.disposition = null;
			this.decidedOn = null;
			this.decisionNumber = null;
			this.decisionSummary = null;
			this.reopeningDueOn = null;
			this.reopeningDays = null;
			this.decisionServedOn = null;
		}
		else {
			apply(decision);
		}
		this.corrections++;
		String note = decision == null ? null : reopen(decision.disposition(), reopensApplication, today);
		if (note == null && before.sendsBack() && requestReopenedOn != null
				&& (decision == null || !decision.disposition().sendsBack())) {
			note = "申请已于 " + requestReopenedOn + " 重新办理，更正结果不撤销该办理";
		}
		events.add(new AppealDecisionCorrected(id, agencyId, actor, now, kind, before, beforeOn, disposition, decidedOn,
				reason.strip(), reopensApplication ? requestId : null, note));
	}

	/**
	 * Voids a case entered in error: it stays on file, read-only, and no longer counts in
	 * table 四.
	 * @throws RuleViolation when already voided, or a lawsuit after this reconsideration
	 * rests on it
	 */
	void voidEntry(String reason, boolean hasLaterLawsuit, String actor, Instant now) {
		requireNotVoided();
		AppealChecks.throwIfAny(AppealChecks.reason(reason));
		if (hasLaterLawsuit) {
			throw new RuleViolation("appeal.lawsuit-blocks-void", "已据此复议案件登记了复议后起诉，不能作废；请先作废该诉讼案件");
		}
		this.voidedAt = now;
		this.voidReason = reason.strip();
		events.add(new AppealVoided(id, agencyId, actor, now, voidReason));
	}

	/** Records an attached document; a voided case is read-only. */
	void attached(long documentId, AppealDocumentKind documentKind, String filename, String actor, Instant now) {
		requireNotVoided();
		events.add(new AppealDocumentAttached(id, agencyId, actor, now, documentId, documentKind, filename));
	}

	/**
	 * Whether recording {@code outcome} must reopen the linked application: the result
	 * sends the case back, the case is linked to an application in this system, and it
	 * has not been reopened for this case already.
	 */
	boolean mustReopen(Disposition outcome, ApplicationLink.Linked application) {
		return outcome != null && outcome.sendsBack() && requestId != null && requestReopenedOn == null
				&& application != null && application.disposed();
	}

	/**
	 * Whether correcting the result to {@code corrected} changes the period of the reply
	 * of the application this case reopened: the corrected result still sends the case
	 * back and sets another period (or none where one was set).
	 */
	boolean movesReopeningTerm(Decision corrected) {
		return corrected != null && corrected.disposition() != null && corrected.disposition().sendsBack()
				&& disposition != null && requestId != null && requestReopenedOn != null
				&& !corrected.reopeningTerm().equals(decision().reopeningTerm());
	}

	private void requireReopeningFits(Disposition outcome, boolean reopensApplication) {
		if (reopensApplication && (outcome == null || !outcome.sendsBack() || requestId == null)) {
			throw new IllegalStateException("only a result that sends the case back reopens a linked application");
		}
	}

	private String reopen(Disposition outcome, boolean reopensApplication, LocalDate today) {
		if (reopensApplication) {
			this.requestReopenedOn = today;
			return "申请 " + requestTrackingCode + " 已重新办理";
		}
		if (!outcome.sendsBack()) {
			return null;
		}
		if (requestId == null) {
			return "原申请（" + externalReference + "）不在本系统中，请按决定另行办理";
		}
		if (requestReopenedOn != null) {
			return "申请 " + requestTrackingCode + " 已于 " + requestReopenedOn + " 重新办理";
		}
		return "申请 " + requestTrackingCode + " 正在办理中，无需重新打开";
	}

	private void apply(Decision decision) {
		this.disposition = decision.disposition();
		this.result = decision.disposition().result();
		this.decidedOn = decision.decidedOn();
		this.decisionNumber = decision.documentNumber();
		this.decisionSummary = decision.summary();
		this.reopeningDueOn = decision.reopeningTerm().dueOn();
		this.reopeningDays = decision.reopeningTerm().workingDays();
		this.decisionServedOn = decision.reopeningTerm().decisionServedOn();
	}

	/**
	 * A period for the new reply belongs only to a result that sends the case back (纠正),
	 * and the decision is served on the agency neither before it is made nor after today.
	 */
	private void requireTermFits(Decision decision) {
		ReopeningTerm term = decision.reopeningTerm();
		if (term.equals(ReopeningTerm.NONE)) {
			return;
		}
		if (decision.disposition() == null || !decision.disposition().sendsBack()) {
			throw new RuleViolation("appeal.reopening-term-not-corrected", "只有撤销、变更、责令履行或确认无效等须重新答复的结果才能填写重新答复期限");
		}
		LocalDate served = term.decisionServedOn();
		if (served != null && decision.decidedOn() != null && served.isBefore(decision.decidedOn())) {
			throw new RuleViolation("appeal.reopening-served-before-decision", "决定书送达本机关的日期不能早于结果日期");
		}
		if (term.dueOn() != null && decision.decidedOn() != null && term.dueOn().isBefore(decision.decidedOn())) {
			throw new RuleViolation("appeal.reopening-due-before-decision", "决定书所定的答复期限不能早于结果日期");
		}
	}

	private void requireNotVoided() {
		if (isVoided()) {
			throw new RuleViolation("appeal.voided", "案件已作废（" + voidReason + "），只读");
		}
	}

	private static void change(List<AppealAmended.Change> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new AppealAmended.Change(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	private static String earliestWhat(ApplicationLink link, ContestedAct act) {
		if (link instanceof ApplicationLink.Linked linked) {
			return act == ContestedAct.REPLY && linked.disposedOn() != null ? "申请的答复（办结）日期" : "申请的收到日期";
		}
		return "原答复日期";
	}

	/**
	 * Takes the events queued by the verbs since the last call, for publishing after the
	 * save.
	 */
	List<AppealEvent> drainEvents() {
		List<AppealEvent> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	/**
	 * The application the case concerns, as people name it: its tracking code, or the
	 * reference of an older one.
	 */
	public String applicationReference() {
		return requestId != null ? requestTrackingCode : externalReference;
	}

	/**
	 * How the case is named: its case number, or its kind and filing date while the
	 * number is not known.
	 */
	public String reference() {
		return caseNumber != null ? caseNumber : kind.label() + "（" + filedOn + (kind.isLitigation() ? " 起诉）" : " 申请）");
	}

	/**
	 * The kind and the case number, as a history line or a notice names the case: the
	 * kind once, also when the case number is not yet known.
	 */
	public String title() {
		return caseNumber != null ? kind.label() + " " + caseNumber : reference();
	}

	/** The applicant's name as lists and the audit trail show it. */
	public String maskedApplicant() {
		return ApplicantNames.masked(applicantType, applicantName);
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	/** The recorded result as a {@link Decision}, {@code null} while pending. */
	public Decision decision() {
		return disposition == null ? null : new Decision(disposition, decidedOn, decisionNumber, decisionSummary,
				Decision.term(reopeningDueOn, reopeningDays, decisionServedOn));
	}

	/** The facts as last entered. */
	public CaseFacts facts() {
		return new CaseFacts(body, caseNumber, filedOn, contestedAct, claims);
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public AppealKind getKind() {
		return kind;
	}

	public Long getReconsiderationId() {
		return reconsiderationId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getRequestTrackingCode() {
		return requestTrackingCode;
	}

	public String getExternalReference() {
		return externalReference;
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public LocalDate getOriginalReplyOn() {
		return originalReplyOn;
	}

	public String getBody() {
		return body;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public ContestedAct getContestedAct() {
		return contestedAct;
	}

	public String getClaims() {
		return claims;
	}

	/**
	 * The day the agency received the 答复通知书 or 应诉通知书, {@code null} while not recorded.
	 */
	public LocalDate getNotifiedOn() {
		return notifiedOn;
	}

	public AppealResult getResult() {
		return result;
	}

	public Disposition getDisposition() {
		return disposition;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public String getDecisionSummary() {
		return decisionSummary;
	}

	/** The day the result sets for the new reply, if it sets a date. */
	public LocalDate getReopeningDueOn() {
		return reopeningDueOn;
	}

	/** The working days the result sets for the new reply, if it sets days. */
	public Integer getReopeningDays() {
		return reopeningDays;
	}

	/** The day the result was served on the agency, if entered. */
	public LocalDate getDecisionServedOn() {
		return decisionServedOn;
	}

	public LocalDate getRequestReopenedOn() {
		return requestReopenedOn;
	}

	public int getCorrections() {
		return corrections;
	}

	public Instant getVoidedAt() {
		return voidedAt;
	}

	public String getVoidReason() {
		return voidReason;
	}

	String getSubmissionKey() {
		return submissionKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Integer getVersion() {
		return version;
	}

}
