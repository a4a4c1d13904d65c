package org.gongkai.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the audit chain over the API, for administrators and their monitoring.
 */
@RestController
@Tag(name = "审计", description = "审计日志")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit/verify")
	@Operation(summary = "核验审计链", description = "用密钥逐条核对整条哈希链，并与发布在数据库之外的检查点比对；intact=false 时 problem 指明问题种类"
			+ "（记录被改动或删除、链被截短、检查点文件缺失或被伪造），firstBrokenSeq 指出第一条涉及的记录。仅限管理员。")
	AuditTrail.Verification verify(@AuthenticationPrincipal StaffPrincipal staff) {
		if (!staff.holds(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("只有管理员可以核验审计链");
		}
		return trail.verify();
	}

}
