package org.gongkai.agencies.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.NewStaff;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages where an administrator manages staff accounts: the list, creating an
 * account with its first role and initial password, granting and withdrawing roles,
 * disabling and enabling, and resetting a password.
 */
@Controller
@RequestMapping("/console/staff")
class StaffConsoleController {

	private final AgencyAdministration administration;

	private final AgencyAccess access;

	private final Agencies agencies;

	private final MessageSource messages;

	private final Clock clock;

	StaffConsoleController(AgencyAdministration administration, AgencyAccess access, Agencies agencies,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.administration = administration;
		this.access = access;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	String showStaffList(@AuthenticationPrincipal StaffPrincipal admin, Model model) {
		model.addAttribute("staff", administration.staffList(admin));
		model.addAttribute("now", clock.instant());
		return "agencies/staff-list";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) Long agency, @AuthenticationPrincipal StaffPrincipal admin,
			Model model) {
		model.addAttribute("newStaff", new NewStaff(null, null, null, null, Role.HANDLER, agency));
		return creationForm(admin, model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("newStaff") NewStaff form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Staff created = administration.createStaff(admin, form);
				redirect.addFlashAttribute("saved", "staff.created");
				return "redirect:/console/staff/" + created.getId();
			}
			catch (InvalidInput e) {
				FormErrors.reject(result, e);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return creationForm(admin, model);
	}

	@GetMapping("/{id}")
	String showStaffMember(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		return detail(admin, id, model);
	}

	@PostMapping("/{id}/grants")
	String processGrant(@PathVariable long id, @RequestParam Role role, @RequestParam long agency,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "staff.granted",
				() -> administration.grant(admin, id, role, agency));
	}

	@PostMapping("/{id}/grants/revoke")
	String processRevoke(@PathVariable long id, @RequestParam Role role, @RequestParam long agency,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "staff.revoked",
				() -> administration.revoke(admin, id, role, agency));
	}

	@PostMapping("/{id}/disable")
	String processDisable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "staff.disabled", () -> administration.disable(admin, id));
	}

	@PostMapping("/{id}/enable")
	String processEnable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "staff.enabled", () -> administration.enable(admin, id));
	}

	@PostMapping("/{id}/password")
	String processPasswordReset(@PathVariable long id, @RequestParam String password,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "staff.password-reset",
				() -> administration.resetPassword(admin, id, password));
	}

	private String act(StaffPrincipal admin, long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Supplier<Staff> action) {
		administration.staffMember(admin, id); // 404 before anything else for staff out
												// of reach
		try {
			action.get();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/console/staff/" + id;
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.getMessage());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		catch (InvalidInput e) {
			model.addAttribute("problem", messages.getMessage(e.code(), null, LocaleContextHolder.getLocale()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return detail(admin, id, model);
	}

	private String detail(StaffPrincipal admin, long id, Model model) {
		Staff member = administration.staffMember(admin, id);
		model.addAttribute("member", member);
		model.addAttribute("agencyNames",
				agencies.findAll().stream().collect(Collectors.toMap(Agency::getId, Agency::getName)));
		model.addAttribute("grants", member.grants()
			.stream()
			.sorted(Comparator.comparing((RoleGrant grant) -> grant.agencyId()).thenComparing(grant -> grant.role()))
			.toList());
		model.addAttribute("locked", administration.isSignInPaused(member, clock.instant()));
		addChoices(model, admin);
		return "agencies/staff-show";
	}

	private String creationForm(StaffPrincipal admin, Model model) {
		addChoices(model, admin);
		return "agencies/staff-form";
	}

	private void addChoices(Model model, StaffPrincipal admin) {
		List<Agency> administered = agencies.findAllById(access.administeredAgencies(admin))
			.stream()
			.sorted(Comparator.comparing(Agency::getKind).thenComparing(Agency::getName))
			.toList();
		model.addAttribute("agencyChoices", administered);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencyById", administered.stream().collect(Collectors.toMap(Agency::getId, a -> a)));
	}

}
