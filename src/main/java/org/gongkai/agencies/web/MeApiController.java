package org.gongkai.agencies.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the API token belongs to: the staff member, their roles and the agencies they may
 * read.
 */
@RestController
@Tag(name = "当前用户", description = "当前令牌所属的工作人员")
class MeApiController {

	private final Agencies agencies;

	private final AgencyAccess access;

	MeApiController(Agencies agencies, AgencyAccess access) {
		this.agencies = agencies;
		this.access = access;
	}

	/** The caller as the API shows them. */
	record Me(long id, String username, String displayName, List<Grant> roles, List<Long> readableAgencies) {
	}

	/** One role in one agency. */
	record Grant(Role role, long agencyId, String agencyName) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "当前工作人员", description = "令牌所属的工作人员、其角色及可查看的机关。")
	Me me(@AuthenticationPrincipal StaffPrincipal caller) {
		Map<Long, String> names = agencies.findAllById(caller.homeAgencies())
			.stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName));
		List<Grant> roles = caller.grants()
			.stream()
			.map(grant -> new Grant(grant.role(), grant.agencyId(), names.get(grant.agencyId())))
			.sorted(Comparator.comparing(Grant::agencyId).thenComparing(Grant::role))
			.toList();
		return new Me(caller.id(), caller.username(), caller.displayName(), roles,
				access.readableAgencies(caller).stream().sorted().toList());
	}

}
