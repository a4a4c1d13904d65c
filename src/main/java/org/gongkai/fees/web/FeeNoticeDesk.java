package org.gongkai.fees.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNotices;
import org.gongkai.fees.FeeNotices.Standing;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
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

	FeeNoticeDesk(FeeNotices notices, AgencyAccess access, Agencies agencies) {
		this.notices = notices;
		this.access = access;
		this.agencies = agencies;
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
