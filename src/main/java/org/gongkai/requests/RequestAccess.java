package org.gongkai.requests;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an application, checked on the server for every record: reading
 * needs the application's agency among the staff member's readable agencies (otherwise it
 * answers 404 exactly like a missing record); acting needs one of the step's roles in
 * that agency (otherwise 403).
 */
@Component
class RequestAccess {

	private final AgencyAccess agencyAccess;

	RequestAccess(AgencyAccess agencyAccess) {
		this.agencyAccess = agencyAccess;
	}

	void checkReadable(StaffPrincipal staff, InformationRequest request) {
		if (!agencyAccess.readableAgencies(staff).contains(request.getAgencyId())) {
			throw new RecordNotFound("申请", request.getId());
		}
	}

	void checkActs(StaffPrincipal staff, InformationRequest request, Role... anyOf) {
		checkReadable(staff, request);
		checkActs(staff, request.getAgencyId(), anyOf);
	}

	void checkActs(StaffPrincipal staff, InformationRequest request, Collection<Role> anyOf) {
		checkActs(staff, request, anyOf.toArray(Role[]::new));
	}

	void checkActs(StaffPrincipal staff, long agencyId, Role... anyOf) {
		if (Arrays.stream(anyOf).noneMatch(role -> staff.holds(role, agencyId))) {
			throw new AccessDeniedException("此操作需要本机关的以下角色之一：" + Arrays.toString(anyOf));
		}
	}

	Set<Long> readableAgencies(StaffPrincipal staff) {
		return agencyAccess.readableAgencies(staff);
	}

	static Actor actor(StaffPrincipal staff) {
		return Actor.staff(staff.id(), staff.username(), staff.displayName());
	}

}
