package org.gongkai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.RequestDirectory;
import org.gongkai.requests.RequestReference;
import org.gongkai.requests.RequestStatus;
import org.gongkai.shared.CaseFigures;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办 as a service: the figures per subordinate agency of a supervisor's region, and the
 * 催办 sent, answered and read. Who may do what:
 * <ul>
 * <li>a supervisor (督办) of a supervising office sees the agencies of the office's region
 * and sends them 催办, and reads their answers;</li>
 * <li>an agency's registrar, handler or office head sees the 催办 to their agency and
 * answers them.</li>
 * </ul>
 * A 催办 that a person may see but not act on answers 403; one they may not see, 404.
 */
@Service
public class Supervision {

	/** The longest 催办 or answer, in characters. */
	public static final int MAX_TEXT = 1000;

	/** The roles that answer a 催办 for their agency. */
	public static final Set<Role> ANSWERING = Set.of(Role.REGISTRAR, Role.HANDLER, Role.OFFICE_HEAD);

	private static final int LIST_LIMIT = 200;

	private final Urgings urgings;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final RequestDirectory requests;

	private final CaseFigures figures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Supervision(Urgings urgings, Agencies agencies, AgencyAccess access, RequestDirectory requests, CaseFigures figures,
			ApplicationEventPublisher events, Clock clock) {
		this.urgings = urgings;
		this.agencies = agencies;
		this.access = access;
		this.requests = requests;
		this.figures = figures;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One subordinate agency's figures for a year.
	 *
	 * @param agencyId the agency
	 * @param name its name
	 * @param figures its figures
	 */
	public record AgencyFigures(long agencyId, String name, CaseFigures.Figures figures) {
	}

	/** Whether {@code staff} supervises any office, and so may send 催办. */
	public boolean supervises(StaffPrincipal staff) {
		return !staff.agenciesWith(Role.SUPERVISOR).isEmpty();
	}

	/**
	 * The agencies {@code staff} supervises: the agencies (not the region, not the office
	 * itself) of each supervising office's region, by name.
	 */
	@Transactional(readOnly = true)
	public List<Agency> subordinates(StaffPrincipal staff) {
		Set<Long> ids = new LinkedHashSet<>();
		for (long office : staff.agenciesWith(Role.SUPERVISOR)) {
			ids.addAll(region(office));
		}
		return agencies.findAllById(ids)
			.stream()
			.filter(agency -> agency.getKind() == AgencyKind.AGENCY)
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private Set<Long> region(long office) {
		Long region = agencies.findById(office).map(Agency::getParentId).orElse(null);
		Set<Long> below = new LinkedHashSet<>(access.subtree(region == null ? office : region));
		below.remove(office);
		return below;
	}

	/** The figures of each agency {@code staff} supervises for {@code year}, by name. */
	@Transactional(readOnly = true)
	public List<AgencyFigures> figures(StaffPrincipal staff, int year) {
		List<Agency> subordinates = subordinates(staff);
		if (subordinates.isEmpty()) {
			throw new AccessDeniedException("督办页面仅供督办人员使用");
		}
		Map<Long, CaseFigures.Figures> read = figures.forYear(subordinates.stream().map(Agency::getId).toList(), year,
				LocalDate.now(clock));
		return subordinates.stream()
			.map(agency -> new AgencyFigures(agency.getId(), agency.getName(), read.get(agency.getId())))
			.toList();
	}

	/**
	 * Sends a 催办 to {@code agencyId}, about the application {@code trackingCode} or, when
	 * it is blank, in general.
	 * @throws AccessDeniedException unless {@code staff} is a supervisor
	 * @throws InvalidInput when the text is empty or too long, the agency is not of the
	 * supervisor's region, or no application of that agency has the code
	 * @throws RuleViolation ({@code supervision.case-closed}) when the application was
	 * disposed of or dismissed
	 */
	@Transactional
	public Urging send(StaffPrincipal staff, Long agencyId, String trackingCode, String text) {
		if (!supervises(staff)) {
			throw new AccessDeniedException("仅督办人员可以发出催办");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Long office = agencyId == null ? null : officeOver(staff, agencyId);
		if (office == null) {
			problems.add(new FieldProblem("agencyId", "supervision.agency.outside"));
		}
		RequestReference request = null;
		String code = trackingCode == null || trackingCode.isBlank() ? null : trackingCode.strip().toUpperCase();
		if (code != null) {
			TextInput.require("trackingCode", code, 20);
			request = requests.findByTrackingCode(code).orElse(null);
			if (request == null || (office != null && request.agencyId() != agencyId)) {
				problems.add(new FieldProblem("trackingCode", "supervision.case.unknown", code));
				request = null;
			}
		}
		checkText("text", text, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput("supervision.invalid", problems);
		}
		if (request != null && (request.status().isDisposed() || request.status() == RequestStatus.DISMISSED)) {
			throw new RuleViolation("supervision.case-closed",
					"申请 " + request.trackingCode() + " 已办结或不予登记，不能催办；如需督促，请发出综合催办");
		}
		Urging urging = Urging.send(office, agencyId, request == null ? null : request.id(), code, text.strip(),
				staff.id(), staff.displayName(), clock.instant());
		long id = urgings.insert(urging);
		events.publishEvent(new UrgingSent(id, agencyId, office, code, staff.username(), urging.getSentAt()));
		return urgings.load(id);
	}

	private Long officeOver(StaffPrincipal staff, long agencyId) {
		for (long office : staff.agenciesWith(Role.SUPERVISOR)) {
			if (region(office).contains(agencyId)
					&& agencies.findById(agencyId).map(a -> a.getKind() == AgencyKind.AGENCY).orElse(false)) {
				return office;
			}
		}
		return null;
	}

	private static void checkText(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "supervision.text.required"));
		}
		else if (TextInput.hasForbiddenCharacter(text)) {
			problems.add(new FieldProblem(field, TextInput.CHARACTERS, field));
		}
		else if (TextInput.longerThan(text.strip(), MAX_TEXT)) {
			problems.add(new FieldProblem(field, TextInput.TOO_LONG, field, MAX_TEXT));
		}
	}

	/**
	 * The 催办 {@code staff} may see: those their office sent, those sent to an agency
	 * where they hold a role.
	 * @throws RecordNotFound otherwise, as for a missing one
	 */
	@Transactional(readOnly = true)
	public Urging show(StaffPrincipal staff, long id) {
		Urging urging = urgings.load(id);
		if (!staff.holds(Role.SUPERVISOR, urging.getOfficeId())
				&& !staff.homeAgencies().contains(urging.getAgencyId())) {
			throw new RecordNotFound("催办", id);
		}
		return urging;
	}

	/** Whether {@code staff} may answer {@code urging} now. */
	public boolean mayAnswer(StaffPrincipal staff, Urging urging) {
		return !urging.isAnswered() && answersFor(staff, urging.getAgencyId());
	}

	/** Whether {@code staff} may mark the answer to {@code urging} read now. */
	public boolean mayMarkRead(StaffPrincipal staff, Urging urging) {
		return urging.isAnswered() && !urging.isRead() && staff.holds(Role.SUPERVISOR, urging.getOfficeId());
	}

	private static boolean answersFor(StaffPrincipal staff, long agencyId) {
		return ANSWERING.stream().anyMatch(role -> staff.holds(role, agencyId));
	}

	/**
	 * Records the agency's answer to 催办 {@code id}.
	 * @throws AccessDeniedException when {@code staff} sees it but holds no answering
	 * role in its agency
	 * @throws InvalidInput when the answer is empty or too long
	 * @throws RuleViolation when it was answered already
	 */
	@Transactional
	public Urging answer(StaffPrincipal staff, long id, Integer expectedVersion, String text) {
		Urging urging = show(staff, id);
		if (!answersFor(staff, urging.getAgencyId())) {
			throw new AccessDeniedException("催办由被催办机关的登记员、承办人或公开办负责人答复");
		}
		checkVersion(urging, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		checkText("answer", text, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput("supervision.invalid", problems);
		}
		urging.answer(text.strip(), staff.id(), staff.displayName(), clock.instant());
		urgings.update(urging);
		events.publishEvent(new UrgingAnswered(id, urging.getAgencyId(), staff.username(), urging.getAnsweredAt()));
		return urgings.load(id);
	}

	/**
	 * Records that the supervising office read the answer to 催办 {@code id}.
	 * @throws AccessDeniedException unless {@code staff} supervises for the office that
	 * sent it
	 * @throws RuleViolation when it is not answered or was read already
	 */
	@Transactional
	public Urging markRead(StaffPrincipal staff, long id, Integer expectedVersion) {
		Urging urging = show(staff, id);
		if (!staff.holds(Role.SUPERVISOR, urging.getOfficeId())) {
			throw new AccessDeniedException("催办答复由发出催办的督办人员阅知");
		}
		checkVersion(urging, expectedVersion);
		urging.markRead(clock.instant());
		urgings.update(urging);
		events.publishEvent(new UrgingRead(id, urging.getAgencyId(), staff.username(), urging.getReadAt()));
		return urgings.load(id);
	}

	private static void checkVersion(Urging urging, Integer expectedVersion) {
		if (expectedVersion != null && expectedVersion != urging.getVersion()) {
			throw new OptimisticLockingFailureException(
					"催办 " + urging.getId() + " 已被他人修改（版本 " + urging.getVersion() + "，提交的是 " + expectedVersion + "）");
		}
	}

	/** The 催办 sent by the offices {@code staff} supervises for, newest first. */
	@Transactional(readOnly = true)
	public List<Urging> sent(StaffPrincipal staff) {
		return urgings.sentBy(staff.agenciesWith(Role.SUPERVISOR), LIST_LIMIT);
	}

	/**
	 * The 催办 to the agencies where {@code staff} holds a role, unanswered first, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Urging> received(StaffPrincipal staff) {
		return urgings.receivedBy(staff.homeAgencies(), LIST_LIMIT);
	}

}
