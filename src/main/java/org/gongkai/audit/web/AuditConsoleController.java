package org.gongkai.audit.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import java.util.stream.Collectors;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.audit.AuditTrail;
import org.gongkai.shared.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: entries of the agencies they administer, filtered
 * by actor, agency, action and date range, a page at a time, and a button that verifies
 * the whole hash chain.
 */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final AgencyAccess access;

	private final Agencies agencies;

	AuditConsoleController(AuditTrail trail, AgencyAccess access, Agencies agencies) {
		this.trail = trail;
		this.access = access;
		this.agencies = agencies;
	}

	@GetMapping
	String showTrail(@RequestParam(required = false) String actor, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		AuditTrail.Scope scope = new AuditTrail.Scope(access.administeredAgencies(admin),
				access.administersTopLevel(admin));
		if (agency != null && !scope.agencies().contains(agency)) {
			throw new RecordNotFound("机关", agency);
		}
		AuditTrail.Query query = new AuditTrail.Query(actor, agency, action, from, to);
		model.addAttribute("query", query);
		model.addAttribute("result", trail.search(query, scope, page, PAGE_SIZE));
		List<Agency> choices = agencies.findAllById(scope.agencies())
			.stream()
			.sorted(Comparator.comparing(Agency::getKind).thenComparing(Agency::getName))
			.toList();
		model.addAttribute("agencyChoices", choices);
		model.addAttribute("agencyNames", choices.stream().collect(Collectors.toMap(Agency::getId, Agency::getName)));
		model.addAttribute("actions", trail.actions());
		return "audit/trail";
	}

	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal StaffPrincipal admin, Model model) {
		model.addAttribute("verification", trail.verify());
		return showTrail(null, null, null, null, null, 0, admin, model);
	}

}
