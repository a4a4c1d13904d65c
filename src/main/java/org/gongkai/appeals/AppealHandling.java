package org.gongkai.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.RequestDirectory;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do with cases, checked on the server for every record: reading needs the
 * case's agency among the staff member's readable agencies (a supervisor reads the
 * region's; anything else answers 404 like a missing case); entering and editing needs
 * the role of handler, registrar or office head in that agency (otherwise 403); voiding
 * an entry made in error needs the office head. Every change runs in one transaction with
 * its audit entry and, for a result that sends the case back, with the reopening of the
 * application.
 */
@Service
public class AppealHandling {

	/** The roles that may enter and edit cases of their agency. */
	public static final Set<Role> ENTRY_ROLES = EnumSet.of(Role.HANDLER, Role.REGISTRAR, Role.OFFICE_HEAD);

	/**
	 * A step staff take on a case; {@link #permittedSteps} says which ones a staff member
	 * may take now.
	 */
	public enum Step {

		AMEND, RECORD_NOTIFICATION, DECIDE, CORRECT_DECISION, ATTACH, VOID, FILE_LAWSUIT_AFTER

	}

	/**
	 * Who may take a step (any of {@code roles} in the case's agency) and when it is
	 * open, given the case and whether a lawsuit after it was entered. The roles are
	 * enforced here; {@code open} mirrors the case's own preconditions.
	 */
	private record Rule(Set<Role> roles, BiPredicate<AppealCase, Boolean> open) {
	}

	/** The one declaration of each step's roles and precondition. */
	private static final Map<Step, Rule> RULES = new EnumMap<>(Map.of(Step.AMEND,
			new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided()), Step.RECORD_NOTIFICATION,
			new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided()), Step.DECIDE,
			new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided() && !decided(appeal)), Step.CORRECT_DECISION,
			new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided() && decided(appeal)), Step.ATTACH,
			new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided()), Step.VOID,
			new Rule(EnumSet.of(Role.OFFICE_HEAD), (appeal, lawsuit) -> !appeal.isVoided() && !lawsuit),
			Step.FILE_LAWSUIT_AFTER, new Rule(ENTRY_ROLES, (appeal, lawsuit) -> !appeal.isVoided() && !lawsuit
					&& appeal.getKind() == AppealKind.RECONSIDERATION && decided(appeal))));

	/**
	 * A new case as staff enter it. A reconsideration or a direct lawsuit names its
	 * application by {@code requestRef} (identifier or tracking code) or, for an older
	 * application not in the system, by {@code externalReference} with the applicant and
	 * the original reply date; a lawsuit after reconsideration names its reconsideration
	 * case.
	 *
	 * @param submissionKey the idempotency key, scoped by the caller (form token, API
	 * client), or {@code null}
	 */
	public record NewAppeal(Long agencyId, AppealKind kind, String requestRef, Long reconsiderationId,
			String externalReference, ApplicantType applicantType, String applicantName, LocalDate originalReplyOn,
			CaseFacts facts, String submissionKey) {
	}

	/**
	 * The case registered, and whether its key had been seen so that the earlier case is
	 * returned.
	 */
	public record Registration(AppealCase appeal, boolean replayed) {
	}

	private final AppealCases cases;

	private final LinkedApplications applications;

	private final RequestDirectory directory;

	private final AppealDocuments documents;

	private final AgencyAccess agencyAccess;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LockedYears lockedYears;

	AppealHandling(AppealCases cases, LinkedApplications applications, RequestDirectory directory,
			AppealDocuments documents, AgencyAccess agencyAccess, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, LockedYears lockedYears) {
		this.cases = cases;
		this.applications = applications;
		this.directory = directory;
		this.documents = documents;
		this.agencyAccess = agencyAccess;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.lockedYears = lockedYears;
	}

	/**
	 * Enters a case, or returns the case already entered under the same submission key (a
	 * double click, a client retry).
	 * @throws InvalidInput listing every field in error; nothing is stored
	 * @throws RecordNotFound when the agency, the application or the reconsideration is
	 * not the caller's to reach
	 * @throws RuleViolation when a precondition does not hold (a lawsuit after a pending
	 * reconsideration, a second one)
	 */
	public Registration register(StaffPrincipal staff, NewAppeal appeal) {
		if (appeal.submissionKey() != null) {
			Optional<AppealCase> existing = cases.findBySubmissionKey(appeal.submissionKey());
			if (existing.isPresent()) {
				return new Registration(existing.get(), true);
			}
		}
		try {
			return new Registration(transaction.execute(status -> create(staff, appeal)), false);
		}
		catch (DuplicateKeyException e) {
			// The same key won a race a moment ago: answer with that case.
			return cases.findBySubmissionKey(appeal.submissionKey())
				.map(existing -> new Registration(existing, true))
				.orElseThrow(() -> e);
		}
	}

	private AppealCase create(StaffPrincipal staff, NewAppeal appeal) {
		if (appeal.agencyId() == null) {
			throw new InvalidInput(AppealChecks.INVALID,
					List.of(new FieldProblem("agencyId", "appeal.error.agencyId.required")));
		}
		long agencyId = appeal.agencyId();
		if (!agencyAccess.readableAgencies(staff).contains(agencyId)) {
			throw new RecordNotFound("机关", agencyId);
		}
		requireRole(staff, agencyId, ENTRY_ROLES);
		CaseFacts facts = appeal.facts() == null ? new CaseFacts(null, null, null, null, null) : appeal.facts();
		AppealCase created;
		if (appeal.kind() == AppealKind.LITIGATION_AFTER_RECONSIDERATION) {
			if (appeal.reconsiderationId() == null) {
				throw new InvalidInput(AppealChecks.INVALID,
						List.of(new FieldProblem("reconsiderationId", "appeal.error.reconsiderationId.required")));
			}
			AppealCase reconsideration = cases.findById(appeal.reconsiderationId())
				.filter(found -> found.getAgencyId() == agencyId)
				.orElseThrow(() -> new RecordNotFound("复议案件", appeal.reconsiderationId()));
			cases.findLaterLawsuit(reconsideration.getId()).ifPresent(lawsuit -> {
				throw new RuleViolation("appeal.lawsuit-exists",
						"复议案件 " + reconsideration.reference() + " 已登记复议后起诉（案件 " + lawsuit.getId() + "）");
			});
			created = AppealCase.registerAfter(reconsideration, facts, appeal.submissionKey(), staff.username(), now(),
					today());
		}
		else {
			created = AppealCase.register(agencyId, appeal.kind(), link(agencyId, appeal), facts,
					appeal.submissionKey(), staff.username(), now(), today());
		}
		AppealCase saved = cases.save(created);
		saved.registered(staff.username(), now());
		lockedYears.flagRegistration(saved, staff.username());
		publish(saved);
		return saved;
	}

	private ApplicationLink link(long agencyId, NewAppeal appeal) {
		boolean linked = appeal.requestRef() != null && !appeal.requestRef().isBlank();
		boolean older = appeal.externalReference() != null && !appeal.externalReference().isBlank();
		if (linked && older) {
			throw new InvalidInput(AppealChecks.INVALID,
					List.of(new FieldProblem("externalReference", "appeal.error.application.both")));
		}
		if (linked) {
			return applications.find(agencyId, appeal.requestRef());
		}
		if (older || appeal.applicantName() != null || appeal.originalReplyOn() != null) {
			return new ApplicationLink.Older(CaseFacts.trimmed(appeal.externalReference()), appeal.applicantType(),
					CaseFacts.trimmed(appeal.applicantName()), appeal.originalReplyOn());
		}
		return null;
	}

	/** A case as a staff member may see it. */
	@Transactional(readOnly = true)
	public AppealCase show(StaffPrincipal staff, long id) {
		AppealCase appeal = cases.findById(id).orElseThrow(() -> new RecordNotFound("案件", id));
		if (!agencyAccess.readableAgencies(staff).contains(appeal.getAgencyId())) {
			throw new RecordNotFound("案件", id);
		}
		return appeal;
	}

	/** The application a case concerns as it stands now, if it is one of this system. */
	@Transactional(readOnly = true)
	public Optional<ApplicationLink.Linked> application(AppealCase appeal) {
		return appeal.getRequestId() == null ? Optional.empty() : Optional.of(applications.find(appeal.getRequestId()));
	}

	/** The lawsuit brought after reconsideration {@code appeal}, if any. */
	@Transactional(readOnly = true)
	public Optional<AppealCase> laterLawsuit(AppealCase appeal) {
		return appeal.getKind() == AppealKind.RECONSIDERATION ? cases.findLaterLawsuit(appeal.getId())
				: Optional.empty();
	}

	/**
	 * The steps {@code staff} may take on {@code appeal} now: those whose roles they hold
	 * in its agency and whose precondition holds, by the rules every step enforces.
	 */
	@Transactional(readOnly = true)
	public Set<Step> permittedSteps(StaffPrincipal staff, AppealCase appeal) {
		return permittedSteps(staff, appeal, laterLawsuit(appeal));
	}

	/**
	 * The same, for a caller that has already looked up the case's {@link #laterLawsuit}.
	 */
	public Set<Step> permittedSteps(StaffPrincipal staff, AppealCase appeal, Optional<AppealCase> laterLawsuit) {
		boolean lawsuit = laterLawsuit.isPresent();
		Set<Step> permitted = EnumSet.noneOf(Step.class);
		RULES.forEach((step, rule) -> {
			if (rule.roles().stream().anyMatch(role -> staff.holds(role, appeal.getAgencyId()))
					&& rule.open().test(appeal, lawsuit)) {
				permitted.add(step);
			}
		});
		return permitted;
	}

	private static boolean decided(AppealCase appeal) {
		return appeal.getResult() != AppealResult.PENDING;
	}

	/** Whether {@code staff} may enter and edit cases of {@code agencyId}. */
	public boolean mayEdit(StaffPrincipal staff, long agencyId) {
		return ENTRY_ROLES.stream().anyMatch(role -> staff.holds(role, agencyId));
	}

	/**
	 * Whether {@code staff} may enter a case at any agency, read from their roles alone:
	 * for the pages' navigation, on every request.
	 */
	public static boolean entersAnywhere(StaffPrincipal staff) {
		return ENTRY_ROLES.stream().anyMatch(role -> !staff.agenciesWith(role).isEmpty());
	}

	/** The agencies in which {@code staff} may enter cases. */
	public Set<Long> enteringAgencies(StaffPrincipal staff) {
		return ENTRY_ROLES.stream()
			.flatMap(role -> staff.agenciesWith(role).stream())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Amends the facts of a case based on version {@code expectedVersion}. */
	@Transactional
	public AppealCase amend(StaffPrincipal staff, long id, Integer expectedVersion, CaseFacts facts) {
		return act(staff, id, expectedVersion, Step.AMEND, appeal -> {
			LocalDate earliest;
			String what;
			if (appeal.getReconsiderationId() != null) {
				earliest = cases.findById(appeal.getReconsiderationId()).map(AppealCase::getDecidedOn).orElse(null);
				what = "复议结果日期";
			}
			else if (appeal.getRequestId() != null) {
				ApplicationLink.Linked linked = applications.find(appeal.getRequestId());
				earliest = facts.contestedAct() == null ? null : linked.earliestFiling(facts.contestedAct());
				what = facts.contestedAct() == ContestedAct.REPLY && linked.disposedOn() != null ? "申请的答复（办结）日期"
						: "申请的收到日期";
			}
			else {
				earliest = facts.contestedAct() == ContestedAct.REPLY ? appeal.getOriginalReplyOn() : null;
				what = "原答复日期";
			}
			lockedYears.checkAmendment(appeal, facts);
			appeal.amend(facts, earliest, what, staff.username(), now(), today());
		});
	}

	/**
	 * Records or corrects the day the agency received the 答复通知书 or 应诉通知书, based on
	 * version {@code expectedVersion}; a refusal names its rule and changes nothing.
	 */
	@Transactional
	public AppealCase recordNotification(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate on) {
		return act(staff, id, expectedVersion, Step.RECORD_NOTIFICATION,
				appeal -> appeal.recordNotification(on, staff.username(), now(), today()));
	}

	/**
	 * Records the result of a pending case. A result that sends the case back
	 * (撤销、变更、责令履行) reopens the linked application through {@link RequestDirectory#reopen}
	 * in the same transaction, with the period the decision sets for the new reply
	 * ({@link Decision#reopeningTerm()}; 20 working days when none): both happen, or
	 * neither.
	 */
	@Transactional
	public AppealCase decide(StaffPrincipal staff, long id, Integer expectedVersion, Decision decision) {
		return actAndReopen(staff, id, expectedVersion, Step.DECIDE, appeal -> {
			ApplicationLink.Linked linked = application(appeal).orElse(null);
			boolean reopen = appeal.mustReopen(decision.disposition(), linked);
			appeal.decide(decision, reopen, staff.username(), now(), today());
			lockedYears.flagDecision(appeal, staff.username());
			return reopen ? linked : null;
		});
	}

	/**
	 * Corrects a recorded result, or withdraws it ({@code decision} {@code null}); the
	 * reason is required and recorded. A corrected result that now sends the case back
	 * reopens the application as {@link #decide} does; one that still sends it back after
	 * this case reopened it gives the reopened round, while it is handled, the period of
	 * the corrected decision ({@link RequestDirectory#changeReopeningTerm}), in the same
	 * transaction.
	 */
	@Transactional
	public AppealCase correctDecision(StaffPrincipal staff, long id, Integer expectedVersion, Decision decision,
			String reason) {
		boolean[] movesTerm = new boolean[1];
		AppealCase saved = actAndReopen(staff, id, expectedVersion, Step.CORRECT_DECISION, appeal -> {
			LocalDate lawsuitFiled = laterLawsuit(appeal).map(AppealCase::getFiledOn).orElse(null);
			ApplicationLink.Linked linked = decision == null ? null : application(appeal).orElse(null);
			boolean reopen = decision != null && appeal.mustReopen(decision.disposition(), linked);
			lockedYears.checkCorrection(appeal, decision);
			movesTerm[0] = !reopen && appeal.movesReopeningTerm(decision);
			appeal.correctDecision(decision, reason, lawsuitFiled, reopen, staff.username(), now(), today());
			return reopen ? linked : null;
		});
		if (movesTerm[0]) {
			directory.changeReopeningTerm(saved.getRequestId(), saved.getRequestReopenedOn(),
					saved.decision().reopeningTerm());
		}
		return saved;
	}

	/**
	 * Voids a case entered in error (office head only); it stays on file and stops
	 * counting in table 四.
	 */
	@Transactional
	public AppealCase voidEntry(StaffPrincipal staff, long id, Integer expectedVersion, String reason) {
		return act(staff, id, expectedVersion, Step.VOID, appeal -> {
			lockedYears.checkVoid(appeal);
			appeal.voidEntry(reason, laterLawsuit(appeal).isPresent(), staff.username(), now());
		});
	}

	/** Attaches a document, checked by its content; returns its identifier. */
	@Transactional
	public long attach(StaffPrincipal staff, long id, AppealDocumentKind kind, UploadedFile file) {
		AppealCase appeal = show(staff, id);
		requireRole(staff, appeal.getAgencyId(), RULES.get(Step.ATTACH).roles());
		if (kind == null) {
			throw new InvalidInput(AppealChecks.INVALID,
					List.of(new FieldProblem("kind", "appeal.error.documentKind.required")));
		}
		long documentId = documents.store(id, kind, file, staff.username(), now());
		// A voided case refuses here, and the transaction takes the stored bytes back
		// with it.
		appeal.attached(documentId, kind, AppealDocuments.safeName(file.filename()), staff.username(), now());
		publish(appeal);
		return documentId;
	}

	/** A document's description, if the case is the staff member's to read. */
	@Transactional(readOnly = true)
	public AppealDocuments.Document document(StaffPrincipal staff, long id, long documentId) {
		show(staff, id);
		return documents.find(id, documentId).orElseThrow(() -> new RecordNotFound("文件", documentId));
	}

	/**
	 * A document and its bytes, if the case is the staff member's to read: one access
	 * check.
	 */
	@Transactional(readOnly = true)
	public Download download(StaffPrincipal staff, long id, long documentId) {
		AppealDocuments.Document document = document(staff, id, documentId);
		return new Download(document, documents.content(document.id()));
	}

	/** A document of a case with its content, as {@link #download} serves it. */
	public record Download(AppealDocuments.Document document, byte[] content) {
	}

	private AppealCase act(StaffPrincipal staff, long id, Integer expectedVersion, Step step,
			Consumer<AppealCase> verb) {
		AppealCase appeal = show(staff, id);
		requireRole(staff, appeal.getAgencyId(), RULES.get(step).roles());
		if (expectedVersion != null && !expectedVersion.equals(appeal.getVersion())) {
			throw new OptimisticLockingFailureException(
					"案件 " + id + " 已被他人修改（版本 " + appeal.getVersion() + "，提交的是 " + expectedVersion + "）");
		}
		verb.accept(appeal);
		AppealCase saved = cases.save(appeal);
		publish(appeal);
		return saved;
	}

	/**
	 * A result's step: the verb names the application to reopen, if any, and it is
	 * reopened only after the case is saved. Saving first takes the case's row before the
	 * audit trail's head, in the same order as every other step: reopening first took the
	 * head first, and two results recorded at once deadlocked instead of one being
	 * refused.
	 */
	private AppealCase actAndReopen(StaffPrincipal staff, long id, Integer expectedVersion, Step step,
			Function<AppealCase, ApplicationLink.Linked> verb) {
		ApplicationLink.Linked[] toReopen = new ApplicationLink.Linked[1];
		AppealCase saved = act(staff, id, expectedVersion, step, appeal -> toReopen[0] = verb.apply(appeal));
		if (toReopen[0] != null) {
			directory.reopen(toReopen[0].id(), reopenReason(saved), staff.username(), saved.decision().reopeningTerm());
		}
		return saved;
	}

	private static void requireRole(StaffPrincipal staff, long agencyId, Set<Role> roles) {
		if (roles.stream().noneMatch(role -> staff.holds(role, agencyId))) {
			throw new AccessDeniedException("此操作需要本机关的以下角色之一：" + Arrays.toString(roles.toArray()));
		}
	}

	private static String reopenReason(AppealCase appeal) {
		Decision decision = appeal.decision();
		return appeal.title() + "：" + decision.disposition().label(appeal.getKind()) + "（" + decision.decidedOn()
				+ (decision.documentNumber() == null ? "" : "，" + decision.documentNumber()) + "）";
	}

	private void publish(AppealCase appeal) {
		appeal.drainEvents().forEach(events::publishEvent);
	}

	private Instant now() {
		return clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
