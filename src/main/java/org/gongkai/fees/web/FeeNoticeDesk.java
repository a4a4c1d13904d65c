package org.gongkai.fees.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffNames;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeBasis;
import org.gongkai.fees.FeeCases;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNoticeLetters;
import org.gongkai.fees.FeeNotices;
import org.gongkai.fees.FeeNotices.Standing;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterFormat;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and record what on fee notices, for the console and the API: staff read the
 * notices of the agencies they may read (others are not found); the agency's handlers,
 * registrars and the head of its disclosure office record service and payment.
 */
@Component
class FeeNoticeDesk {

	/**
	 * The roles that record a notice's service and payment, in the agency of the notice.
	 */
	static final Set<Role> RECORDING_ROLES = Set.of(Role.HANDLER, Role.REGISTRAR, Role.OFFICE_HEAD);

	private final FeeNotices notices;

	private final AgencyAccess access;

	private final Agencies agencies;

	private final FeeNoticeLetters feeNoticeLetters;

	private final ObjectProvider<FeeCases> cases;

	private final Letters letters;

	private final ObjectProvider<StaffNames> staffNames;

	private final Clock clock;

	FeeNoticeDesk(FeeNotices notices, AgencyAccess access, Agencies agencies, FeeNoticeLetters feeNoticeLetters,
			ObjectProvider<FeeCases> cases, Letters letters, ObjectProvider<StaffNames> staffNames, Clock clock) {
		this.staffNames = staffNames;
		this.letters = letters;
		this.notices = notices;
		this.access = access;
		this.agencies = agencies;
		this.feeNoticeLetters = feeNoticeLetters;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * Issues the fee notice of application {@code requestId} with its 收费通知书 in one step
	 * ({@link FeeNoticeLetters#issue}), for the agency's handlers, registrars and office
	 * head.
	 * @throws RecordNotFound for an application {@code staff} may not read
	 * @throws InvalidInput {@code fee.basis.unknown}; as {@link FeeNotices#issue}
	 * @throws RuleViolation {@code fee.cases-unavailable} when no module answers
	 * {@link FeeCases}; as {@link FeeNotices#issue} and the letters
	 */
	FeeNoticeLetters.Issued issue(StaffPrincipal staff, long requestId, String basis, Integer pages,
			String paymentInstructions) {
		FeeCases known = cases.getIfAvailable();
		if (known == null) {
			throw new RuleViolation("fee.cases-unavailable", "申请模块尚未提供发出收费通知书所需的申请信息，请在申请的办理页面发出");
		}
		FeeCases.FeeCase found = known.find(requestId, LocalDate.now(clock))
			.orElseThrow(() -> new RecordNotFound("request", requestId));
		access.checkReadable(staff, found.agencyId(), "request", requestId);
		if (!mayRecord(staff, found.agencyId())) {
			throw new AccessDeniedException("发出收费通知书需要本机关的承办人、登记员或公开办负责人角色");
		}
		FeeBasis parsed = basis == null || basis.isBlank() ? null : FeeBasis.ofParameter(basis.strip())
			.orElseThrow(() -> InvalidInput.of("basis", "fee.basis.unknown", basis.strip()));
		return feeNoticeLetters.issue(
				new FeeNotices.NewFeeNotice(requestId, found.agencyId(), parsed, pages, paymentInstructions),
				found.state(), found.facts(), staff.username());
	}

	/**
	 * The 申请编号 of application {@code requestId} as staff know it, or its id where no
	 * module answers {@link FeeCases} (a web slice).
	 */
	String caseNumber(long requestId) {
		FeeCases known = cases.getIfAvailable();
		if (known == null) {
			return Long.toString(requestId);
		}
		return known.caseNumber(requestId).orElse(Long.toString(requestId));
	}

	/**
	 * The 申请编号 of each application of {@code notices}, by id ({@link #caseNumber}).
	 */
	Map<Long, String> caseNumbers(List<Standing> notices) {
		Map<Long, String> numbers = new LinkedHashMap<>();
		for (Standing standing : notices) {
			numbers.computeIfAbsent(standing.notice().requestId(), this::caseNumber);
		}
		return numbers;
	}

	/**
	 * The display name of the staff member with login {@code login}, as the history of an
	 * application names its actors; a login with no account or no name stays as it is
	 * (and every login in a web slice, which has no staff repository).
	 */
	String staffName(String login) {
		StaffNames names = staffNames.getIfAvailable();
		if (login == null || names == null) {
			return login;
		}
		// One read-only transaction (StaffNames): an account's roles are a second query.
		return names.of(List.of(login)).get(login);
	}

	/** The agencies whose notices {@code staff} may read, by name. */
	List<Agency> readableAgencies(StaffPrincipal staff) {
		return agencies.findAllById(access.readableAgencies(staff))
			.stream()
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	/**
	 * Agency {@code agencyId} if {@code staff} may read its notices.
	 * @throws RecordNotFound otherwise
	 */
	Agency readableAgency(StaffPrincipal staff, long agencyId) {
		access.checkReadable(staff, agencyId, "agency", agencyId);
		return agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("agency", agencyId));
	}

	/**
	 * The notices of agency {@code agencyId} in {@code status} ({@code issued},
	 * {@code served}, {@code overdue}, {@code paid}; none or empty for all).
	 * @throws InvalidInput {@code fee.status.unknown} for another status
	 */
	List<Standing> list(StaffPrincipal staff, long agencyId, String status) {
		access.checkReadable(staff, agencyId, "agency", agencyId);
		return notices.forAgency(agencyId, status(status));
	}

	/**
	 * Notice {@code noticeId}, if {@code staff} may read it.
	 * @throws RecordNotFound otherwise
	 */
	Standing get(StaffPrincipal staff, long noticeId) {
		Standing standing = notices.get(noticeId);
		access.checkReadable(staff, standing.notice().agencyId(), "fee-notice", noticeId);
		return standing;
	}

	/**
	 * Whether {@code staff} may record service and payment of agency {@code agencyId}'s
	 * notices.
	 */
	boolean mayRecord(StaffPrincipal staff, long agencyId) {
		return RECORDING_ROLES.stream().anyMatch(role -> access.mayAct(staff, role, agencyId));
	}

	/**
	 * Records the service of notice {@code noticeId} (see
	 * {@link FeeNotices#recordService}).
	 */
	Standing recordService(StaffPrincipal staff, long noticeId, Integer version, LocalDate receivedOn, String method) {
		checkMayRecord(staff, get(staff, noticeId));
		return notices.recordService(noticeId, version, receivedOn, method, staff.username());
	}

	/**
	 * Records the payment of notice {@code noticeId} (see
	 * {@link FeeNotices#recordPayment}).
	 */
	Standing recordPayment(StaffPrincipal staff, long noticeId, Integer version, FeeNotice.Payment payment) {
		checkMayRecord(staff, get(staff, noticeId));
		return notices.recordPayment(noticeId, version, payment, staff.username());
	}

	/**
	 * The latest 收费通知书 generated for notice {@code noticeId}, if {@code staff} may read
	 * the notice.
	 * @throws RecordNotFound otherwise, or when none was generated
	 */
	GeneratedLetter letter(StaffPrincipal staff, long noticeId) {
		FeeNotice notice = get(staff, noticeId).notice();
		return letters.forCase(notice.requestId())
			.stream()
			.filter(letter -> letter.kind() == LetterKind.FEE_NOTICE)
			.max(Comparator.comparingInt(GeneratedLetter::revision))
			.orElseThrow(() -> new RecordNotFound("fee-notice-letter", noticeId));
	}

	/** The file of {@code letter} in {@code format}. */
	byte[] file(GeneratedLetter letter, LetterFormat format) {
		return letters.file(letter.id(), format);
	}

	private void checkMayRecord(StaffPrincipal staff, Standing standing) {
		if (!mayRecord(staff, standing.notice().agencyId())) {
			throw new AccessDeniedException("登记收费通知书的送达和缴费需要本机关的承办人、登记员或公开办负责人角色");
		}
	}

	static FeeNotice.Status status(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return null;
		}
		return FeeNotice.Status.ofParameter(parameter.strip())
			.orElseThrow(() -> InvalidInput.of("status", "fee.status.unknown", parameter.strip()));
	}

}
