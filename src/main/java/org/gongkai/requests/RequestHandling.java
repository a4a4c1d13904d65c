package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gongkai.agencies.ReportingYears;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.agencies.StaffRoster;
import org.gongkai.fees.FeeNotices;
import org.gongkai.letters.LetterFacts;
import org.gongkai.letters.LetterKind;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's steps on an application, each one authorised for the signed-in staff member
 * and the application's agency, applied through a domain verb of
 * {@link InformationRequest}, saved with an optimistic-lock check against the version the
 * staff member saw ({@code expectedVersion}, {@code null} to skip) and announced as an
 * event.
 */
@Service
@Transactional
public class RequestHandling {

	/**
	 * A step staff take on an application; {@link #permittedSteps} says which ones a
	 * staff member may take now.
	 */
	public enum Step {

		CONFIRM, DISMISS, CORRECT, SERVE_CORRECTION, RECEIVE_CORRECTION, CLOSE_UNCORRECTED, ACCEPT, REASSIGN, CONSULT,
		RECORD_CONSULTATION_ANSWER, EXTEND, DECIDE_EXTENSION, DRAFT_REPLY, REVIEW, ANSWER, RECORD_SERVICE, ARCHIVE,
		WITHDRAW, SPLIT, MARK_REPEATED, ATTACH, ASK_REASONS, RECORD_REASONS, SET_REASONABLE_PERIOD,
		CORRECT_APPLICANT_TYPE

	}

	/**
	 * Who may take a step (any of {@code roles} in the application's agency) and when it
	 * is open on the application. The roles are enforced here; {@code open} mirrors the
	 * verb's own precondition, which the aggregate enforces.
	 */
	private record Rule(Set<Role> roles, Predicate<InformationRequest> open) {

		static Rule of(Set<Role> roles, RequestStatus first, RequestStatus... rest) {
			Set<RequestStatus> statuses = EnumSet.of(first, rest);
			return new Rule(roles, request -> statuses.contains(request.getStatus()));
		}

		Rule and(Predicate<InformationRequest> more) {
			return new Rule(roles, open.and(more));
		}

	}

	/** The working days a consulted party has to answer (Articles 32, 34). */
	private static final int CONSULTATION_DAYS = 15;

	/** The working days of the reply period (Article 33). */
	private static final int REPLY_DAYS = 20;

	private static final Set<Role> REGISTRARS = EnumSet.of(Role.REGISTRAR);

	private static final Set<Role> CORRECTION_ROLES = EnumSet.of(Role.REGISTRAR, Role.HANDLER);

	private static final Set<Role> ASSIGNING_ROLES = EnumSet.of(Role.REGISTRAR, Role.OFFICE_HEAD);

	private static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.HANDLER, Role.OFFICE_HEAD);

	private static final Set<Role> HEADS = EnumSet.of(Role.OFFICE_HEAD);

	private static final Set<Role> ANY_CASE_ROLE = EnumSet.of(Role.REGISTRAR, Role.HANDLER, Role.OFFICE_HEAD);

	/**
	 * The one declaration of each step's roles and precondition; {@link Step#REVIEW} is
	 * the review chain's.
	 */
	private static final Map<Step, Rule> RULES = rules();

	private static Map<Step, Rule> rules() {
		Map<Step, Rule> rules = new EnumMap<>(Step.class);
		rules.put(Step.CONFIRM, Rule.of(REGISTRARS, RequestStatus.SUBMITTED));
		rules.put(Step.DISMISS, Rule.of(REGISTRARS, RequestStatus.SUBMITTED));
		rules.put(Step.CORRECT, Rule.of(CORRECTION_ROLES, RequestStatus.RECEIVED, RequestStatus.IN_HANDLING)
			.and(r -> r.getCorrectionRequestedOn() == null && r.getRound() <= 1));
		rules.put(Step.SERVE_CORRECTION, Rule.of(CORRECTION_ROLES, RequestStatus.AWAITING_CORRECTION)
			.and(r -> r.getCorrectionServedOn() == null));
		rules.put(Step.RECEIVE_CORRECTION, Rule.of(CORRECTION_ROLES, RequestStatus.AWAITING_CORRECTION));
		rules.put(Step.CLOSE_UNCORRECTED, Rule.of(CORRECTION_ROLES, RequestStatus.AWAITING_CORRECTION));
		rules.put(Step.ACCEPT, Rule.of(ASSIGNING_ROLES, RequestStatus.RECEIVED));
		rules.put(Step.REASSIGN,
				Rule.of(ASSIGNING_ROLES, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED));
		rules.put(Step.CONSULT, Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING));
		rules.put(Step.RECORD_CONSULTATION_ANSWER,
				Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED)
					.and(r -> r.currentConsultations().stream().anyMatch(Consultation::awaited)));
		rules
			.put(Step.EXTEND,
					Rule.of(HANDLING_ROLES, RequestStatus.RECEIVED, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW,
							RequestStatus.APPROVED)
						.and(r -> r.getExtensionDays() == null && !r.getExtension().pending()));
		rules.put(
				Step.DECIDE_EXTENSION, Rule
					.of(HEADS, RequestStatus.RECEIVED, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW,
							RequestStatus.APPROVED)
					.and(r -> r.getExtension().pending()));
		rules.put(Step.DRAFT_REPLY, Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING));
		rules.put(Step.REVIEW, Rule.of(Set.of(), RequestStatus.IN_REVIEW));
		rules.put(Step.ANSWER, Rule.of(HANDLING_ROLES, RequestStatus.APPROVED));
		rules.put(Step.RECORD_SERVICE, Rule.of(HANDLING_ROLES, RequestStatus.ANSWERED));
		rules.put(Step.ARCHIVE, Rule.of(HANDLING_ROLES, RequestStatus.ANSWERED, RequestStatus.CLOSED));
		rules.put(Step.WITHDRAW, Rule.of(ANY_CASE_ROLE, RequestStatus.RECEIVED, RequestStatus.AWAITING_CORRECTION,
				RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED));
		rules.put(Step.SPLIT, Rule.of(ANY_CASE_ROLE, RequestStatus.RECEIVED, RequestStatus.IN_HANDLING));
		rules.put(Step.MARK_REPEATED, Rule.of(ANY_CASE_ROLE, RequestStatus.RECEIVED, RequestStatus.IN_HANDLING));
		rules.put(Step.ATTACH, new Rule(ANY_CASE_ROLE, r -> r.getStatus() != RequestStatus.ARCHIVED));
		rules.put(Step.CORRECT_APPLICANT_TYPE,
				Rule.of(REGISTRARS, RequestStatus.RECEIVED, RequestStatus.AWAITING_CORRECTION,
						RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED)
					// A person's identity document fits no other type (Article 29).
					.and(r -> r.getApplicant().idType().organisational()));
		rules.put(Step.ASK_REASONS,
				Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING).and(r -> r.getExcessive().askedOn() == null));
		rules.put(Step.RECORD_REASONS,
				Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED)
					.and(r -> r.getExcessive().askedOn() != null && r.getExcessive().answeredOn() == null));
		rules.put(Step.SET_REASONABLE_PERIOD,
				Rule.of(HANDLING_ROLES, RequestStatus.IN_HANDLING, RequestStatus.IN_REVIEW, RequestStatus.APPROVED)
					.and(r -> r.getExcessive().answeredOn() != null && !r.getExcessive().periodSet()));
		return Collections.unmodifiableMap(rules);
	}

	private final RequestStore store;

	private final RequestAccess access;

	private final RequestDeadlines requestDeadlines;

	private final StaffMembers staffMembers;

	private final RequestsProperties properties;

	private final Clock clock;

	private final TrackingCodes codes;

	private final InformationRequests requests;

	private final RequestDocuments documents;

	private final StaffRoster roster;

	private final FeeNotices feeNotices;

	private final RequestLetters letters;

	private final ReportingYears reportingYears;

	/**
	 * How the 答复书 of a reply is provided (issue 12): generated from the case in the click
	 * that serves the reply, or uploaded beforehand (a document of kind
	 * {@link DocumentKind#REPLY} of the current round) with the reason it was not
	 * generated.
	 *
	 * @param generate whether to generate it
	 * @param uploadReason why an uploaded one is used instead
	 */
	public record ReplyLetter(boolean generate, String uploadReason) {

		/** The 答复书 generated from the case and the approved draft. */
		public static ReplyLetter generated() {
			return new ReplyLetter(true, null);
		}

		/** The 答复书 uploaded beforehand, for {@code reason}. */
		public static ReplyLetter uploaded(String reason) {
			return new ReplyLetter(false, reason);
		}

	}

	RequestHandling(RequestStore store, RequestAccess access, RequestDeadlines requestDeadlines,
			StaffMembers staffMembers, RequestsProperties properties, Clock clock, TrackingCodes codes,
			InformationRequests requests, RequestDocuments documents, StaffRoster roster, FeeNotices feeNotices,
			RequestLetters letters, ReportingYears reportingYears) {
		this.store = store;
		this.access = access;
		this.requestDeadlines = requestDeadlines;
		this.staffMembers = staffMembers;
		this.properties = properties;
		this.clock = clock;
		this.codes = codes;
		this.requests = requests;
		this.documents = documents;
		this.roster = roster;
		this.feeNotices = feeNotices;
		this.letters = letters;
		this.reportingYears = reportingYears;
	}

	/**
	 * Whether {@code staff} may register an application at any agency, read from their
	 * roles alone: for the pages' navigation, on every request.
	 */
	public static boolean registersAnywhere(StaffPrincipal staff) {
		return REGISTRARS.stream().anyMatch(role -> !staff.agenciesWith(role).isEmpty());
	}

	/**
	 * The agencies for which {@code staff} may register an application received by
	 * letter, in person, by fax, email or the 12345 hotline: those where they are
	 * registrar, the role that also confirms receipt.
	 */
	@Transactional(readOnly = true)
	public Set<Long> registrableAgencies(StaffPrincipal staff) {
		Set<Long> agencies = new TreeSet<>();
		REGISTRARS.forEach(role -> agencies.addAll(staff.agenciesWith(role)));
		return agencies;
	}

	/**
	 * Refuses registering an application for {@code agencyId} unless {@code staff} may:
	 * an agency they cannot read answers like a missing one (404), one they read without
	 * a registrar's role is forbidden (403).
	 */
	@Transactional(readOnly = true)
	public void checkMayRegister(StaffPrincipal staff, long agencyId) {
		if (!registrableAgencies(staff).contains(agencyId)) {
			if (!access.readableAgencies(staff).contains(agencyId)) {
				throw new RecordNotFound("机关", agencyId);
			}
			access.checkActs(staff, agencyId, REGISTRARS.toArray(Role[]::new));
		}
	}

	/** An application and its clock as a staff member may see it. */
	@Transactional(readOnly = true)
	public InformationRequest show(StaffPrincipal staff, long id) {
		InformationRequest request = store.load(id);
		access.checkReadable(staff, request);
		return request;
	}

	/**
	 * The steps {@code staff} may take on {@code request} now: those whose roles they
	 * hold in its agency and whose precondition holds, by the rules every step enforces.
	 * A step shown may still be refused for its input or a term (a date out of range, a
	 * correction term still running).
	 */
	public Set<Step> permittedSteps(StaffPrincipal staff, InformationRequest request) {
		Set<Step> permitted = EnumSet.noneOf(Step.class);
		long agency = request.getAgencyId();
		RULES.forEach((step, rule) -> {
			boolean holds = step == Step.REVIEW ? reviewsNow(staff, request)
					: rule.roles().stream().anyMatch(role -> staff.holds(role, agency));
			if (holds && rule.open().test(request)) {
				permitted.add(step);
			}
		});
		return permitted;
	}

	/**
	 * Whether {@code staff} holds the role of the pending review level and did not write
	 * the draft.
	 */
	private static boolean reviewsNow(StaffPrincipal staff, InformationRequest request) {
		int level = request.pendingReviewLevel();
		return level > 0 && staff.holds(request.reviewChain().get(level - 1), request.getAgencyId())
				&& !Long.valueOf(staff.id()).equals(request.getDraftedBy());
	}

	/**
	 * The fee notice of {@code request} and where it stands, if one was issued (the case
	 * page links it).
	 */
	@Transactional(readOnly = true)
	public Optional<FeeNotices.Standing> feeNoticeOf(InformationRequest request) {
		return feeNotices.forRequest(request.getId());
	}

	/**
	 * Whether the case page offers {@code staff} the fee-notice step (issued by the fees
	 * module, which checks the same roles again): an application being handled, for its
	 * agency's handlers, registrars and office head.
	 */
	public boolean offersFeeNotice(StaffPrincipal staff, InformationRequest request) {
		return request.getStatus().isOpen()
				&& FEE_ROLES.stream().anyMatch(role -> staff.holds(role, request.getAgencyId()));
	}

	private static final Set<Role> FEE_ROLES = EnumSet.of(Role.HANDLER, Role.REGISTRAR, Role.OFFICE_HEAD);

	/** The clock of {@code request} read today. */
	@Transactional(readOnly = true)
	public DeadlineStatus deadlineStatusOf(InformationRequest request) {
		return requestDeadlines.read(request, today());
	}

	public void confirmReceipt(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate confirmedOn) {
		confirmReceipt(staff, id, expectedVersion, confirmedOn, null);
	}

	/**
	 * Confirms receipt; an ordinary letter confirmed later than the day it arrived needs
	 * {@code reason} (Article 31 (二)).
	 */
	public void confirmReceipt(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate confirmedOn,
			String reason) {
		act(staff, id, expectedVersion, Step.CONFIRM, Arrays.asList(on(confirmedOn)),
				r -> r.confirmReceipt(confirmedOn, reason, RequestAccess.actor(staff), now(), today()));
	}

	public void dismiss(StaffPrincipal staff, long id, Integer expectedVersion, String reason) {
		act(staff, id, expectedVersion, Step.DISMISS, Arrays.asList(on(null)),
				r -> r.dismiss(reason, RequestAccess.actor(staff), now()));
	}

	/** Issues the correction notice, served the day it is issued. */
	public void requestCorrection(StaffPrincipal staff, long id, Integer expectedVersion, String matters,
			Integer termDays, LocalDate issuedOn) {
		LocalDate issued = issuedOn == null ? today() : issuedOn;
		requestCorrection(staff, id, expectedVersion, matters, termDays, issued, issued);
	}

	/**
	 * Issues the correction notice (Article 30) on {@code issuedOn} (today when
	 * {@code null}); {@code servedOn} is the day it was served, {@code null} while not
	 * yet served: the applicant's term runs from service.
	 */
	public void requestCorrection(StaffPrincipal staff, long id, Integer expectedVersion, String matters,
			Integer termDays, LocalDate issuedOn, LocalDate servedOn) {
		requestCorrection(staff, id, expectedVersion, matters, termDays, issuedOn, servedOn, false);
	}

	/**
	 * Issues the correction notice; with {@code letter} the 补正告知书 is generated in the
	 * same step.
	 */
	public void requestCorrection(StaffPrincipal staff, long id, Integer expectedVersion, String matters,
			Integer termDays, LocalDate issuedOn, LocalDate servedOn, boolean letter) {
		act(staff, id, expectedVersion, Step.CORRECT, Arrays.asList(on(issuedOn), servedOn), r -> {
			LocalDate issued = issuedOn == null ? today() : issuedOn;
			r.requestCorrection(matters, termDays == null ? properties.correctionTermDays() : termDays, issued,
					servedOn, noticeDue(r), RequestAccess.actor(staff), now(), today());
			if (letter) {
				LetterFacts facts = letters.facts(r, issued)
					.withTerm(requestDeadlines.correctionTermEnds(r), r.getCorrectionTermDays())
					.withReasons(matters);
				letters.issue(r, LetterKind.CORRECTION_NOTICE, DocumentKind.CORRECTION_NOTICE, facts,
						RequestAccess.actor(staff), staff.username());
			}
		});
	}

	/** Records the day the correction notice was served (Article 30). */
	public void recordCorrectionService(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate servedOn) {
		act(staff, id, expectedVersion, Step.SERVE_CORRECTION, Arrays.asList(on(servedOn)),
				r -> r.recordCorrectionService(servedOn == null ? today() : servedOn, RequestAccess.actor(staff), now(),
						today()));
	}

	public void receiveCorrection(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate receivedOn) {
		act(staff, id, expectedVersion, Step.RECEIVE_CORRECTION, Arrays.asList(on(receivedOn)),
				r -> r.receiveCorrection(receivedOn, RequestAccess.actor(staff), now(), today()));
	}

	public void closeForMissingCorrection(StaffPrincipal staff, long id, Integer expectedVersion) {
		act(staff, id, expectedVersion, Step.CLOSE_UNCORRECTED, Arrays.asList(on(null)),
				r -> r.closeForMissingCorrection(requestDeadlines.correctionTermEnds(r), RequestAccess.actor(staff),
						now(), today()));
	}

	/**
	 * Accepts the application and assigns it to {@code handlerId}, who must hold HANDLER
	 * in its agency.
	 */
	public void accept(StaffPrincipal staff, long id, Integer expectedVersion, long handlerId) {
		accept(staff, id, expectedVersion, handlerId, false);
	}

	/**
	 * Accepts the application; with {@code letter} the 受理回执 is generated in the same step
	 * and served on the applicant.
	 */
	public void accept(StaffPrincipal staff, long id, Integer expectedVersion, long handlerId, boolean letter) {
		act(staff, id, expectedVersion, Step.ACCEPT, Arrays.asList(on(null)), r -> {
			r.accept(handler(handlerId, r.getAgencyId()), RequestAccess.actor(staff), now());
			if (letter) {
				LetterFacts facts = letters.facts(r, today())
					.withTerm(requestDeadlines.read(r, today()).replyDue(), REPLY_DAYS);
				letters.issue(r, LetterKind.ACKNOWLEDGEMENT, DocumentKind.ACKNOWLEDGEMENT, facts,
						RequestAccess.actor(staff), staff.username());
			}
		});
	}

	public void reassign(StaffPrincipal staff, long id, Integer expectedVersion, long handlerId, String reason) {
		act(staff, id, expectedVersion, Step.REASSIGN,
				r -> r.reassign(handler(handlerId, r.getAgencyId()), reason, RequestAccess.actor(staff), now()));
	}

	public void consult(StaffPrincipal staff, long id, Integer expectedVersion, ConsultationKind kind, String party,
			LocalDate sentOn) {
		consult(staff, id, expectedVersion, kind, party, sentOn, false);
	}

	/**
	 * Consults a third party or another agency; with {@code letter} the 征求第三方意见书 or
	 * 征求其他机关意见函 is generated in the same step.
	 */
	public void consult(StaffPrincipal staff, long id, Integer expectedVersion, ConsultationKind kind, String party,
			LocalDate sentOn, boolean letter) {
		act(staff, id, expectedVersion, Step.CONSULT, Arrays.asList(on(sentOn)), r -> {
			LocalDate sent = sentOn == null ? today() : sentOn;
			r.consult(kind, party, sent, RequestAccess.actor(staff), now(), today());
			if (letter) {
				List<DeadlineStatus.ConsultationTerm> terms = requestDeadlines.read(r, today()).consultations();
				LocalDate termEnds = terms.isEmpty() ? null : terms.get(terms.size() - 1).termEnds();
				LetterFacts facts = letters.facts(r, sent)
					.withAddressee(new LetterFacts.Party(party, null, null))
					.withTerm(termEnds, CONSULTATION_DAYS);
				letters.issue(r,
						kind == ConsultationKind.THIRD_PARTY ? LetterKind.THIRD_PARTY_CONSULTATION
								: LetterKind.AGENCY_CONSULTATION,
						DocumentKind.CONSULTATION, facts, RequestAccess.actor(staff), staff.username());
			}
		});
	}

	public void recordConsultationAnswer(StaffPrincipal staff, long id, Integer expectedVersion, int number,
			LocalDate answeredOn, String answer) {
		recordConsultationAnswer(staff, id, expectedVersion, number, answeredOn, answer, null);
	}

	/**
	 * Records what consulted party {@code number} said: agreement, objection, or no
	 * answer once its 15 working days ended (Article 32).
	 */
	public void recordConsultationAnswer(StaffPrincipal staff, long id, Integer expectedVersion, int number,
			LocalDate answeredOn, String answer, ConsultationStance stance) {
		act(staff, id, expectedVersion, Step.RECORD_CONSULTATION_ANSWER, Arrays.asList(on(answeredOn)),
				r -> r.recordConsultationAnswer(number, answeredOn == null ? today() : answeredOn, answer, stance,
						consultationTermEnds(r, number), RequestAccess.actor(staff), now(), today()));
	}

	private LocalDate consultationTermEnds(InformationRequest request, int number) {
		return requestDeadlines.read(request, today())
			.consultations()
			.stream()
			.filter(term -> term.number() == number)
			.map(DeadlineStatus.ConsultationTerm::termEnds)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Asks the head of the disclosure office to extend the reply period by {@code days}
	 * working days for {@code reason} (Article 33); the period stays as it is until the
	 * head approves.
	 */
	public void requestExtension(StaffPrincipal staff, long id, Integer expectedVersion, int days, String reason) {
		act(staff, id, expectedVersion, Step.EXTEND, Arrays.asList(on(null)), r -> r.requestExtension(days, reason,
				requestDeadlines.read(r, today()).replyDue(), RequestAccess.actor(staff), now(), today()));
	}

	/**
	 * The head of the disclosure office decides the pending extension request, dated
	 * today: approved, the period extends and with {@code letter} the 延期答复告知书 is
	 * generated in the same step, told to the applicant on {@code noticeOn} (today when
	 * {@code null}); refused, with {@code comment} saying why, the period stays.
	 */
	public void decideExtension(StaffPrincipal staff, long id, Integer expectedVersion, boolean approve, String comment,
			LocalDate noticeOn, boolean letter) {
		act(staff, id, expectedVersion, Step.DECIDE_EXTENSION, Arrays.asList(on(null), noticeOn), r -> {
			Staff member = staffMembers.findById(staff.id())
				.orElseThrow(() -> new RuleViolation("request.no-such-staff", "审批人不存在"));
			boolean head = member.grants().contains(new RoleGrant(Role.OFFICE_HEAD, r.getAgencyId()));
			var approval = new InformationRequest.Approval(staff.id(), member.getDisplayName(), today(), head);
			if (!approve) {
				r.refuseExtension(approval, comment, RequestAccess.actor(staff), now(), today());
				return;
			}
			LocalDate originalDue = requestDeadlines.read(r, today()).replyDue();
			r.approveExtension(approval, noticeOn, originalDue, RequestAccess.actor(staff), now(), today());
			if (letter) {
				Extension granted = r.getExtension();
				LetterFacts facts = letters.facts(r, granted.noticeOn())
					.withTerm(requestDeadlines.read(r, today()).replyDue(), granted.days())
					.withOriginalDueOn(originalDue)
					.withReasons(granted.reason());
				letters.issue(r, LetterKind.EXTENSION_NOTICE, DocumentKind.EXTENSION_NOTICE, facts,
						RequestAccess.actor(staff), staff.username());
			}
		});
	}

	public void draftReply(StaffPrincipal staff, long id, Integer expectedVersion, Outcome outcome, String legalBasis,
			String text) {
		draftReply(staff, id, expectedVersion, outcome, legalBasis, text, null);
	}

	/**
	 * Submits a draft reply; {@code responsible} names the agency responsible and its
	 * contact details, which a 不属于本机关公开 reply requires (Article 36 (五)).
	 */
	public void draftReply(StaffPrincipal staff, long id, Integer expectedVersion, Outcome outcome, String legalBasis,
			String text, ResponsibleAgency responsible) {
		act(staff, id, expectedVersion, Step.DRAFT_REPLY, Arrays.asList(on(null)),
				r -> r.draftReply(outcome,
						legalBasis == null || legalBasis.isBlank() ? (outcome == null ? null : outcome.legalBasis())
								: legalBasis,
						text, responsible, outcome == Outcome.OTHER_DISPOSAL_FEE_UNPAID && feeOverdueUnpaid(r),
						properties.reviewChain(), RequestAccess.actor(staff), now(), today()));
	}

	/**
	 * Asks the applicant to give reasons by {@code answerBy} (Article 35), on
	 * {@code askedOn} (today when {@code null}).
	 */
	public void askReasons(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate askedOn,
			LocalDate answerBy) {
		act(staff, id, expectedVersion, Step.ASK_REASONS, Arrays.asList(on(askedOn)), r -> r
			.askReasons(askedOn == null ? today() : askedOn, answerBy, RequestAccess.actor(staff), now(), today()));
	}

	/**
	 * Corrects the applicant type before the reply; the current round's column of table 三
	 * follows.
	 */
	public void correctApplicantType(StaffPrincipal staff, long id, Integer expectedVersion, ApplicantType type,
			String reason) {
		act(staff, id, expectedVersion, Step.CORRECT_APPLICANT_TYPE, r -> {
			// The column of table 三 is the round's, counted in the year it started.
			checkOpen(r.getAgencyId(), Arrays.asList(r.roundStart(), today()));
			r.correctApplicantType(type, reason, RequestAccess.actor(staff), now());
		});
	}

	/** Records the applicant's reasons (Article 35). */
	public void recordReasons(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate answeredOn,
			String reasons) {
		act(staff, id, expectedVersion, Step.RECORD_REASONS, Arrays.asList(on(answeredOn)),
				r -> r.recordReasons(answeredOn == null ? today() : answeredOn, reasons, RequestAccess.actor(staff),
						now(), today()));
	}

	/**
	 * Sets the reasonable extended period of Article 35: a due date, or working days
	 * after the current period.
	 */
	public void setReasonablePeriod(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate dueOn,
			Integer days, String reason) {
		act(staff, id, expectedVersion, Step.SET_REASONABLE_PERIOD, r -> r.setReasonablePeriod(dueOn, days, reason,
				requestDeadlines.read(r, today()).replyDue(), RequestAccess.actor(staff), now()));
	}

	/**
	 * Decides the pending review level; the staff member must hold that level's role in
	 * the agency.
	 */
	public void review(StaffPrincipal staff, long id, Integer expectedVersion, boolean approve, String comment) {
		InformationRequest request = store.load(id);
		access.checkReadable(staff, request);
		RequestStore.checkVersion(request, expectedVersion);
		Set<Role> held = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (staff.holds(role, request.getAgencyId())) {
				held.add(role);
			}
		}
		if (held.stream().noneMatch(role -> request.reviewChain().contains(role))) {
			access.checkActs(staff, request, request.reviewChain().toArray(Role[]::new));
		}
		request.review(approve, comment, held, RequestAccess.actor(staff), now());
		store.save(request);
	}

	/** Serves the approved reply with its 答复书 generated from the case. */
	public void answer(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate repliedOn,
			DeliveryMethod delivery) {
		answer(staff, id, expectedVersion, repliedOn, delivery, ReplyLetter.generated());
	}

	/**
	 * Serves the approved reply with its 答复书: generated from the case and the draft
	 * (outcome, legal basis, its text as the reasons, the responsible agency) in the same
	 * step, or uploaded beforehand with a reason; without either it is refused and
	 * nothing changes.
	 */
	public void answer(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate repliedOn,
			DeliveryMethod delivery, ReplyLetter letter) {
		answer(staff, id, expectedVersion, repliedOn, delivery, letter, false);
	}

	/**
	 * Serves the approved reply; with {@code thirdPartyNotice}, a reply disclosing over a
	 * third party's objection also generates, in the same step, the written notice to
	 * each objecting third party of the content disclosed and the reasons (Article 32),
	 * stored on the case as {@link DocumentKind#THIRD_PARTY_NOTICE}.
	 */
	public void answer(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate repliedOn,
			DeliveryMethod delivery, ReplyLetter letter, boolean thirdPartyNotice) {
		ReplyLetter how = letter == null ? ReplyLetter.generated() : letter;
		act(staff, id, expectedVersion, Step.ANSWER, Arrays.asList(on(repliedOn)), r -> {
			if (thirdPartyNotice && r.getStatus() == RequestStatus.APPROVED && r.disclosesOverObjection()) {
				noticeObjectingParties(r, repliedOn == null ? today() : repliedOn, staff);
			}
			if (!how.generate()) {
				if (r.getStatus() == RequestStatus.APPROVED
						&& !documents.has(r.getId(), DocumentKind.REPLY, Math.max(r.getRound(), 1))) {
					throw new RuleViolation("request.reply-letter-missing",
							"答复须附答复书：请生成答复书，或先上传本轮的答复书（文件类别“答复书”）并说明不生成的理由");
				}
				if (how.uploadReason() == null || how.uploadReason().isBlank()) {
					throw new RuleViolation("request.reply-letter-reason-missing", "以上传的答复书代替生成的答复书时，须说明理由");
				}
			}
			Outcome outcome = r.getDraftOutcome();
			String basis = r.getDraftLegalBasis();
			String text = r.getDraftText();
			String responsible = r.getDraftResponsibleAgency();
			String responsibleContact = r.getDraftResponsibleAgencyContact();
			LocalDate on = repliedOn == null ? today() : repliedOn;
			r.answer(on, delivery, outcome == Outcome.OTHER_DISPOSAL_FEE_UNPAID && feeOverdueUnpaid(r),
					r.disclosesOverObjection()
							&& documents.has(r.getId(), DocumentKind.THIRD_PARTY_NOTICE, r.getRound()),
					RequestAccess.actor(staff), now(), today());
			r.replyLetter(how.generate() ? null : how.uploadReason().strip());
			if (how.generate()) {
				LetterFacts facts = letters.facts(r, on)
					.withLegalBasis(basis)
					.withReasons(text)
					.withDetails(text)
					.withResponsibleAgency(responsible, responsibleContact);
				letters.issue(r, LetterKind.replyFor(outcome.key()), DocumentKind.REPLY, facts,
						RequestAccess.actor(staff), staff.username());
			}
		});
	}

	/**
	 * The 告知书 to each third party that objected in the current round: the content to be
	 * disclosed (the draft's text) and the reasons, under Articles 15 and 32.
	 */
	private void noticeObjectingParties(InformationRequest request, LocalDate on, StaffPrincipal staff) {
		request.currentConsultations()
			.stream()
			.filter(c -> c.kind() == ConsultationKind.THIRD_PARTY && c.objected())
			.map(Consultation::party)
			.distinct()
			.forEach(party -> letters.issue(request, LetterKind.DISCLOSURE_OVER_OBJECTION,
					DocumentKind.THIRD_PARTY_NOTICE,
					letters.facts(request, on)
						.withAddressee(new LetterFacts.Party(party, null, null))
						.withLegalBasis(LetterKind.DISCLOSURE_OVER_OBJECTION.legalBasis())
						.withDetails(request.getDraftText())
						.withReasons(request.getDraftText()),
					RequestAccess.actor(staff), staff.username()));
	}

	public void recordService(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate servedOn) {
		act(staff, id, expectedVersion, Step.RECORD_SERVICE, Arrays.asList(on(servedOn)), r -> r
			.recordService(servedOn == null ? today() : servedOn, RequestAccess.actor(staff), now(), today()));
	}

	public void archive(StaffPrincipal staff, long id, Integer expectedVersion) {
		act(staff, id, expectedVersion, Step.ARCHIVE,
				r -> r.archive(documents.has(r.getId(), DocumentKind.PROOF_OF_SERVICE, r.getRound()),
						RequestAccess.actor(staff), now()));
	}

	public void withdraw(StaffPrincipal staff, long id, Integer expectedVersion, LocalDate withdrawnOn, String reason) {
		act(staff, id, expectedVersion, Step.WITHDRAW, Arrays.asList(on(withdrawnOn)), r -> r
			.withdraw(withdrawnOn == null ? today() : withdrawnOn, reason, RequestAccess.actor(staff), now(), today()));
	}

	/**
	 * Splits the application into one per matter; returns the identifiers of the new
	 * applications.
	 */
	public List<Long> split(StaffPrincipal staff, long id, Integer expectedVersion, List<InformationSought> parts) {
		InformationRequest request = store.load(id);
		access.checkActs(staff, request, RULES.get(Step.SPLIT).roles());
		RequestStore.checkVersion(request, expectedVersion);
		// The parts are counted as received on the original's day: a split of an
		// application
		// received in a signed-off year would change that year's report.
		checkOpen(request.getAgencyId(), Arrays.asList(request.roundStart(), today()));
		Actor actor = RequestAccess.actor(staff);
		List<InformationRequest> created = request.split(parts, codes::newTrackingCode, actor, now());
		List<Long> ids = new ArrayList<>();
		for (InformationRequest part : created) {
			InformationRequest saved = store.save(part);
			ids.add(saved.getId());
		}
		request.splitInto(ids, actor, now());
		store.save(request);
		return ids;
	}

	/**
	 * Marks the application as repeating {@code earlierId}, an answered application of
	 * the same agency.
	 */
	/**
	 * Marks the application as repeating the earlier one whose 申请编号 is
	 * {@code earlierTrackingCode} (Article 36 (六)), as staff know it.
	 */
	public void markRepeated(StaffPrincipal staff, long id, Integer expectedVersion, String earlierTrackingCode) {
		String code = earlierTrackingCode == null ? "" : earlierTrackingCode.strip().toUpperCase(Locale.ROOT);
		long earlierId = requests.findByTrackingCode(code)
			.map(InformationRequest::getId)
			.orElseThrow(() -> new RuleViolation("request.repeat-of-unknown",
					"没有申请编号为 " + earlierTrackingCode + " 的申请，请核对前次申请的申请编号"));
		markRepeated(staff, id, expectedVersion, earlierId);
	}

	public void markRepeated(StaffPrincipal staff, long id, Integer expectedVersion, long earlierId) {
		act(staff, id, expectedVersion, Step.MARK_REPEATED, Arrays.asList(on(null)), r -> {
			InformationRequest earlier = requests.findById(earlierId)
				.orElseThrow(() -> new RuleViolation("request.repeat-of-unanswered", "前次申请 " + earlierId + " 不存在"));
			r.markRepeated(earlier, RequestAccess.actor(staff), now());
		});
	}

	/**
	 * The 申请编号 of application {@code id} if {@code staff} may read it, else {@code null}.
	 */
	@Transactional(readOnly = true)
	public String trackingCodeOf(StaffPrincipal staff, long id) {
		return requests.findById(id)
			.filter(request -> access.readableAgencies(staff).contains(request.getAgencyId()))
			.map(InformationRequest::getTrackingCode)
			.orElse(null);
	}

	/** Attaches a document of {@code kind} to the application's current round. */
	public long attach(StaffPrincipal staff, long id, DocumentKind kind, UploadedFile file) {
		InformationRequest request = store.load(id);
		access.checkActs(staff, request, RULES.get(Step.ATTACH).roles());
		// Refused before the file is stored, so that an archived case says so rather than
		// judging the upload.
		if (request.getStatus() == RequestStatus.ARCHIVED) {
			throw InformationRequest.archived();
		}
		long documentId = documents.store(id, Math.max(request.getRound(), 1), kind, file, staff.username());
		request.attached(documentId, kind.name(), RequestDocuments.safeName(file.filename()),
				RequestAccess.actor(staff), now());
		store.publish(request.drainEvents());
		return documentId;
	}

	/** A document of an application the staff member may read. */
	@Transactional(readOnly = true)
	public RequestDocuments.Document document(StaffPrincipal staff, long id, long documentId) {
		show(staff, id);
		return documents.find(documentId)
			.filter(document -> document.requestId() == id)
			.orElseThrow(() -> new RecordNotFound("文件", documentId));
	}

	/**
	 * A document with its bytes, if the staff member may read the application: checked
	 * once for both.
	 */
	@Transactional(readOnly = true)
	public ApplicantTracking.Download download(StaffPrincipal staff, long id, long documentId) {
		return new ApplicantTracking.Download(document(staff, id, documentId), documents.content(documentId));
	}

	/** A generated letter's editable Word file. */
	public record LetterFile(String filename, String contentType, byte[] content) {
	}

	/**
	 * The DOCX of a document generated as a letter, if the staff member may read the
	 * application; an uploaded document has none.
	 */
	@Transactional(readOnly = true)
	public LetterFile letterDocx(StaffPrincipal staff, long id, long documentId) {
		RequestDocuments.Document document = document(staff, id, documentId);
		if (document.letterId() == null) {
			throw new RecordNotFound("文书", documentId);
		}
		return letters.docx(document.letterId());
	}

	/**
	 * The staff of the given agencies holding {@code role}, for choosing a handler or an
	 * approver.
	 */
	public List<Actor> staffWith(Collection<Long> agencyIds, Role role) {
		return roster.withRole(role, agencyIds)
			.stream()
			.map(member -> Actor.staff(member.id(), member.username(), member.displayName()))
			.toList();
	}

	/** The staff of the application's agency holding {@code role}. */
	public List<Actor> staffWith(long agencyId, Role role) {
		return staffWith(List.of(agencyId), role);
	}

	private void act(StaffPrincipal staff, long id, Integer expectedVersion, Step step,
			Consumer<InformationRequest> verb) {
		act(staff, id, expectedVersion, step, List.of(), verb);
	}

	/**
	 * Takes a step dated {@code dates} (nulls skipped): refused with
	 * {@link ReportingYears#LOCKED}, nothing changed, when one of them falls in a year
	 * whose annual report of the application's agency is signed off (issue 15, item 4).
	 */
	private void act(StaffPrincipal staff, long id, Integer expectedVersion, Step step, List<LocalDate> dates,
			Consumer<InformationRequest> verb) {
		InformationRequest request = store.load(id);
		access.checkActs(staff, request, RULES.get(step).roles());
		RequestStore.checkVersion(request, expectedVersion);
		checkOpen(request.getAgencyId(), dates);
		verb.accept(request);
		store.save(request);
	}

	private void checkOpen(long agencyId, Collection<LocalDate> dates) {
		dates.stream().filter(Objects::nonNull).distinct().forEach(date -> reportingYears.checkOpen(agencyId, date));
	}

	/** The step's day: {@code day}, or today when none is given. */
	private LocalDate on(LocalDate day) {
		return day == null ? today() : day;
	}

	/**
	 * The correction notice's last day; none before receipt, where the verb refuses by
	 * the application's status.
	 */
	private LocalDate noticeDue(InformationRequest request) {
		return request.getReceivedOn() == null ? null : requestDeadlines.correctionNoticeDue(request);
	}

	/**
	 * Whether the fees module holds a served fee notice of {@code request} unpaid past
	 * its 20-working-day term (Article 42).
	 */
	private boolean feeOverdueUnpaid(InformationRequest request) {
		return feeNotices.overdueUnpaid(request.getId());
	}

	private Actor handler(long handlerId, long agencyId) {
		Staff member = staffMembers.findById(handlerId)
			.filter(found -> found.grants().contains(new RoleGrant(Role.HANDLER, agencyId)))
			.orElseThrow(() -> new RuleViolation("request.not-a-handler", "所选人员不是本机关的承办人"));
		return Actor.staff(member.getId(), member.getUsername(), member.getDisplayName());
	}

	private Instant now() {
		return clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
