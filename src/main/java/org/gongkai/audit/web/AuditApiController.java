package org.gongkai.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the audit chain over the API, for administrators and their monitoring. */
@RestController
@Tag(name = "audit", description = "审计日志")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit/verify")
	@Operation(summary = "Walk the whole hash chain; intact=false names the first altered or missing entry")
	AuditTrail.Verification verify() {
		if (!AgencyAccess.currentStaff().holds(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("只有管理员可以核验审计链");
		}
		return trail.verify();
	}

}
