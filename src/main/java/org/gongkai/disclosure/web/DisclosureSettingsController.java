package org.gongkai.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.disclosure.AdministrativeLevel;
import org.gongkai.disclosure.DisclosureSettings;
import org.gongkai.disclosure.IndexPattern;
import org.gongkai.disclosure.ReviewChain;
import org.gongkai.disclosure.ReviewLevel;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page of an agency's disclosure settings: its review chain (levels, their
 * names and roles, which one is the 保密审查, which need someone other than the drafter), its
 * 索引号 pattern, whether it may make 规章 and its administrative level (the Article 21
 * groups). Everyone who reads the agency sees them; its administrators change them.
 */
@Controller
@RequestMapping("/console/disclosure/settings")
class DisclosureSettingsController {

	/** Rows of the chain form: the levels a chain may have. */
	static final int ROWS = ReviewChain.MAX_LEVELS;

	private final DisclosureSettings settings;

	private final AgencyAccess agencyAccess;

	private final Agencies agencies;

	private final Clock clock;

	DisclosureSettingsController(DisclosureSettings settings, AgencyAccess agencyAccess, Agencies agencies,
			Clock clock) {
		this.settings = settings;
		this.agencyAccess = agencyAccess;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping
	String showSettings(@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal StaffPrincipal staff,
			Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		List<Agency> choices = agencies.findAllById(readable)
			.stream()
			.sorted(Comparator.comparing(Agency::getId))
			.toList();
		Agency shown = choices.stream()
			.filter(agency -> agencyId == null ? staff.homeAgencies().contains(agency.getId())
					: agency.getId().equals(agencyId))
			.findFirst()
			.orElse(agencyId == null && !choices.isEmpty() ? choices.get(0) : null);
		model.addAttribute("choices", choices);
		model.addAttribute("agency", shown);
		if (shown != null) {
			ReviewChain chain = settings.chain(shown.getId());
			DisclosureSettings.AgencySettings agencySettings = settings.of(shown.getId());
			List<ReviewLevel> rows = new ArrayList<>(chain.levels());
			model.addAttribute("chain", chain);
			model.addAttribute("rows", rows);
			model.addAttribute("blankRows", ROWS - rows.size());
			model.addAttribute("settings", agencySettings);
			model.addAttribute("example", agencySettings.pattern()
				.format(shown.getId(), shown.getCreditCode(), LocalDate.now(clock).getYear(), 1));
			model.addAttribute("mayChange", agencyAccess.administeredAgencies(staff).contains(shown.getId()));
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("levels", AdministrativeLevel.values());
		return "disclosure/settings";
	}

	/**
	 * Replaces the chain with the filled rows in order (a row without a role is no
	 * level); {@code secrecy} names the row of the secrecy review, {@code othersOnly} the
	 * rows the drafter may not approve.
	 */
	@PostMapping("/chain")
	String changeChain(@RequestParam long agencyId, @RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "role", required = false) List<String> roles,
			@RequestParam(required = false) Integer secrecy, @RequestParam(required = false) List<Integer> othersOnly,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		checkAdministers(staff, agencyId);
		List<ReviewLevel> levels = new ArrayList<>();
		int rows = roles == null ? 0 : Math.min(roles.size(), ROWS);
		try {
			for (int row = 1; row <= rows; row++) {
				String role = roles.get(row - 1);
				if (role == null || role.isBlank()) {
					continue;
				}
				String name = names != null && names.size() >= row ? names.get(row - 1) : null;
				levels.add(new ReviewLevel(levels.size() + 1, Role.valueOf(role), secrecy != null && secrecy == row,
						othersOnly != null && othersOnly.contains(row), name));
			}
			settings.changeChain(agencyId, new ReviewChain(levels), staff.username());
			flash.addFlashAttribute("done", "disclosure.settings.chainSaved");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("problems", FlashProblems.of(e));
		}
		catch (IllegalArgumentException e) {
			flash.addFlashAttribute("problem", "角色无效");
		}
		return redirect(agencyId);
	}

	@PostMapping("/pattern")
	String changePattern(@RequestParam long agencyId, @RequestParam(required = false) String pattern,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		checkAdministers(staff, agencyId);
		try {
			settings.changePattern(agencyId, new IndexPattern(pattern == null ? null : pattern.strip()),
					staff.username());
			flash.addFlashAttribute("done", "disclosure.settings.patternSaved");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("problems", FlashProblems.of(e));
		}
		return redirect(agencyId);
	}

	@PostMapping("/agency")
	String changeAgency(@RequestParam long agencyId, @RequestParam(defaultValue = "false") boolean mayMakeRegulations,
			@RequestParam(required = false) AdministrativeLevel level, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		checkAdministers(staff, agencyId);
		DisclosureSettings.AgencySettings before = settings.of(agencyId);
		if (before.mayMakeRegulations() != mayMakeRegulations) {
			settings.changeRegulationFlag(agencyId, mayMakeRegulations, staff.username());
		}
		if (before.level() != level) {
			settings.changeLevel(agencyId, level, staff.username());
		}
		flash.addFlashAttribute("done", "disclosure.settings.agencySaved");
		return redirect(agencyId);
	}

	private void checkAdministers(StaffPrincipal staff, long agencyId) {
		agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("机关", agencyId));
		if (!agencyAccess.administeredAgencies(staff).contains(agencyId)) {
			throw new AccessDeniedException("只有管理该机关的管理员可以修改其主动公开设置");
		}
	}

	private static String redirect(long agencyId) {
		return "redirect:/console/disclosure/settings?agencyId=" + agencyId;
	}

}
