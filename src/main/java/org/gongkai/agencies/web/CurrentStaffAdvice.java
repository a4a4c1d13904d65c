package org.gongkai.agencies.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in staff member and their role names, for the console navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentStaffAdvice {

	private final java.util.List<org.gongkai.shared.ConsoleNotice.Source> noticeSources;

	CurrentStaffAdvice(java.util.List<org.gongkai.shared.ConsoleNotice.Source> noticeSources) {
		this.noticeSources = noticeSources;
	}

	/** Notices of every module for console pages (only computed for signed-in staff). */
	@ModelAttribute("consoleNotices")
	java.util.List<org.gongkai.shared.ConsoleNotice> consoleNotices() {
		if (currentStaff() == null) {
			return java.util.List.of();
		}
		return noticeSources.stream().flatMap(source -> source.notices().stream()).toList();
	}

	@ModelAttribute("currentStaff")
	StaffPrincipal currentStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	@ModelAttribute("currentRoles")
	Set<String> currentRoles() {
		StaffPrincipal staff = currentStaff();
		return staff == null ? Set.of()
				: staff.grants().stream().map(RoleGrant::role).map(Enum::name).collect(Collectors.toSet());
	}

}
