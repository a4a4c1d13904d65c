package org.gongkai.agencies.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.StaffListing;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Console pages where an administrator keeps the agency hierarchy: the tree of
 * administered agencies, one agency's facts and staff, adding an agency under a region
 * and editing the disclosure-guide facts of Article 12.
 */
@Controller
@RequestMapping("/console/agencies")
class AgencyConsoleController {

	private static final String FORM = "agencies/form";

	private final AgencyAdministration administration;

	AgencyConsoleController(AgencyAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String showAgencies(@AuthenticationPrincipal StaffPrincipal admin, Model model) {
		model.addAttribute("roots", administration.hierarchy(admin));
		return "agencies/list";
	}

	@GetMapping("/{id}")
	String showAgency(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		Agency agency = administration.agency(admin, id);
		model.addAttribute("agency", agency);
		model.addAttribute("children", administration.children(admin, id));
		List<StaffListing> staff = administration.staffList(admin)
			.stream()
			.filter(member -> member.grants().stream().anyMatch(grant -> grant.agencyId() == id))
			.toList();
		model.addAttribute("staff", staff);
		return "agencies/show";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam long region, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		Agency parent = administration.agency(admin, region);
		model.addAttribute("contacts", new AgencyContacts(null, null, null, null, null, null, null, null, null, null));
		return creationForm(model, parent, AgencyKind.AGENCY);
	}

	@PostMapping
	String processCreationForm(@RequestParam long region, @RequestParam AgencyKind kind,
			@Valid @ModelAttribute("contacts") AgencyContacts contacts, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Agency parent = administration.agency(admin, region);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return creationForm(model, parent, kind);
		}
		try {
			Agency created = administration.createAgency(admin, region, kind, contacts);
			redirect.addFlashAttribute("saved", "agency.created");
			return "redirect:/console/agencies/" + created.getId();
		}
		catch (InvalidInput e) {
			FormErrors.reject(result, e);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.getMessage());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return creationForm(model, parent, kind);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		Agency agency = administration.agency(admin, id);
		model.addAttribute("contacts", agency.contacts());
		return updateForm(model, agency, agency.getVersion());
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @RequestParam int version,
			@Valid @ModelAttribute("contacts") AgencyContacts contacts, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Agency agency = administration.agency(admin, id);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return updateForm(model, agency, version);
		}
		try {
			administration.updateAgency(admin, id, version, contacts);
			redirect.addFlashAttribute("saved", "agency.saved");
			return "redirect:/console/agencies/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("stale", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		catch (InvalidInput e) {
			FormErrors.reject(result, e);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return updateForm(model, agency, version);
	}

	private static String creationForm(Model model, Agency region, AgencyKind kind) {
		model.addAttribute("region", region);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", List.of(AgencyKind.AGENCY, AgencyKind.SUPERVISING_OFFICE));
		model.addAttribute("creating", true);
		return FORM;
	}

	private static String updateForm(Model model, Agency agency, int version) {
		model.addAttribute("agency", agency);
		model.addAttribute("version", version);
		model.addAttribute("creating", false);
		return FORM;
	}

}
