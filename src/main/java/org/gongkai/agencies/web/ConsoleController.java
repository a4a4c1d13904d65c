package org.gongkai.agencies.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page: who is signed in, their roles and the agencies they reach.
 */
@Controller
class ConsoleController {

	private final Agencies agencies;

	private final AgencyAccess access;

	ConsoleController(Agencies agencies, AgencyAccess access) {
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/console")
	String showConsole(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		List<Agency> readable = agencies.findAllById(access.readableAgencies(staff))
			.stream()
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
		model.addAttribute("staff", staff);
		model.addAttribute("agencies", readable);
		model.addAttribute("agencyNames", readable.stream().collect(Collectors.toMap(Agency::getId, Agency::getName)));
		return "console/home";
	}

}
