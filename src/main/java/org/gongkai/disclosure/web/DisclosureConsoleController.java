package org.gongkai.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffNames;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.CatalogueSearch;
import org.gongkai.disclosure.DisclosureSettings;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.disclosure.DocumentKind;
import org.gongkai.disclosure.EntryHistory;
import org.gongkai.disclosure.EntryKind;
import org.gongkai.disclosure.EntryState;
import org.gongkai.disclosure.NormativeRegistry;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.YearlyFigures;
import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.Downloads;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of proactive disclosure: the catalogue by state, the review inbox, an
 * entry with its chain, comments, history and versions, the Article 26 lists, the
 * registry of 规章 and 行政规范性文件, and the yearly figures.
 */
@Controller
@RequestMapping("/console/disclosure")
class DisclosureConsoleController {

	private final Catalogue catalogue;

	private final CatalogueSearch search;

	private final EntryHistory history;

	private final NormativeRegistry registry;

	private final YearlyFigures figures;

	private final DisclosureStatistics statistics;

	private final DisclosureSettings settings;

	private final AgencyAccess agencyAccess;

	private final Agencies agencies;

	private final StaffNames names;

	private final Clock clock;

	DisclosureConsoleController(Catalogue catalogue, CatalogueSearch search, EntryHistory history,
			NormativeRegistry registry, YearlyFigures figures, DisclosureStatistics statistics,
			DisclosureSettings settings, AgencyAccess agencyAccess, Agencies agencies, StaffNames names, Clock clock) {
		this.settings = settings;
		this.names = names;
		this.catalogue = catalogue;
		this.search = search;
		this.history = history;
		this.registry = registry;
		this.figures = figures;
		this.statistics = statistics;
		this.agencyAccess = agencyAccess;
		this.agencies = agencies;
		this.clock = clock;
	}

	@ModelAttribute("agencyChoices")
	List<Agency> agencyChoices(@AuthenticationPrincipal StaffPrincipal staff) {
		if (staff == null) {
			return List.of();
		}
		return agencies.findAllById(agencyAccess.readableAgencies(staff))
			.stream()
			.sorted(Comparator.comparing(Agency::getId))
			.toList();
	}

	@GetMapping
	String showList(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) EntryState state,
			@RequestParam(required = false) Integer level, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("page",
				search.search(new CatalogueSearch.Filter(scope(staff, agencyId), state, level, q, beforeId, 50)));
		model.addAttribute("states", EntryState.values());
		model.addAttribute("mayDraft", staff.holds(Role.PUBLISHER));
		return "disclosure/list";
	}

	@GetMapping("/inbox")
	String showInbox(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("rows", search.inbox(staff));
		return "disclosure/inbox";
	}

	@GetMapping("/timeliness")
	String showTimeliness(@RequestParam(defaultValue = "overdue") String view,
			@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		boolean overdue = !view.equals("due-soon");
		model.addAttribute("view", overdue ? "overdue" : "due-soon");
		model.addAttribute("rows", search.timeliness(scope(staff, agencyId), overdue, LocalDate.now(clock), 500));
		return "disclosure/timeliness";
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		EntryForm form = new EntryForm();
		form.setFormedOn(LocalDate.now(clock));
		staff.agenciesWith(Role.PUBLISHER).stream().findFirst().ifPresent(form::setAgencyId);
		model.addAttribute("form", form);
		return formView(model, null, form.getAgencyId());
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") EntryForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		if (form.getAgencyId() == null) {
			binding.rejectValue("agencyId", "disclosure.agency.required");
		}
		if (binding.hasErrors()) {
			return formView(model, null, form.getAgencyId());
		}
		try {
			long id = catalogue.draft(staff, form.getAgencyId(), form.content(), form.getIndexNumber());
			return "redirect:/console/disclosure/entries/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.reject(binding, e);
			return formView(model, null, form.getAgencyId());
		}
	}

	@GetMapping("/entries/{id}")
	String showEntry(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Catalogue.EntryView view = catalogue.view(staff, id);
		model.addAttribute("view", view);
		model.addAttribute("entry", view.entry());
		List<CaseHistory.Step> steps = history.of(id);
		model.addAttribute("history", steps);
		// who acted, by name: the history keeps their login
		model.addAttribute("names", names.of(steps.stream().map(CaseHistory.Step::actor).toList()));
		model.addAttribute("zone", Zones.BEIJING);
		model.addAttribute("mayDraft", staff.holds(Role.PUBLISHER, view.entry().getAgencyId()));
		model.addAttribute("mayDecide",
				view.pendingLevel() != null && staff.holds(view.pendingLevel().role(), view.entry().getAgencyId()));
		return "disclosure/entry";
	}

	@GetMapping("/entries/{id}/edit")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Catalogue.EntryView view = catalogue.view(staff, id);
		model.addAttribute("form", EntryForm.of(view.entry().getContent()));
		model.addAttribute("version", view.entry().getVersion());
		return formView(model, id, view.entry().getAgencyId());
	}

	@PostMapping("/entries/{id}/edit")
	String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Integer version,
			@ModelAttribute("form") EntryForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		if (binding.hasErrors()) {
			// A value of the wrong type (a date, a number) is shown on its field, nothing
			// saved.
			model.addAttribute("version", version);
			return formView(model, id, catalogue.agencyOf(staff, id));
		}
		try {
			catalogue.revise(staff, id, version, form.content());
			return "redirect:/console/disclosure/entries/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.reject(binding, e);
			model.addAttribute("version", version);
			return formView(model, id, catalogue.agencyOf(staff, id));
		}
	}

	@PostMapping("/entries/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		return act(id, flash, () -> catalogue.submit(staff, id, version));
	}

	@PostMapping("/entries/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		return act(id, flash, () -> catalogue.approve(staff, id, version, comment));
	}

	@PostMapping("/entries/{id}/return")
	String returnForChanges(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		return act(id, flash, () -> catalogue.returnForChanges(staff, id, version, comment));
	}

	@PostMapping("/entries/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		return act(id, flash,
				() -> catalogue.schedule(staff, id, version, at == null ? null : at.atZone(Zones.BEIJING).toInstant()));
	}

	@PostMapping("/entries/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		return act(id, flash, () -> catalogue.withdraw(staff, id, version, reason));
	}

	@PostMapping("/entries/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) throws IOException {
		UploadedFile upload = new UploadedFile(file.getOriginalFilename(), file.getBytes());
		return act(id, flash, () -> catalogue.attach(staff, id, upload));
	}

	@GetMapping("/entries/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Catalogue.Download file = catalogue.download(staff, id, attachmentId);
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	@GetMapping("/registry")
	String showRegistry(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> scope = scope(staff, agencyId);
		int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("documents", registry.list(scope, kind, 500));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("year", shownYear);
		model.addAttribute("yearEnd", LocalDate.of(shownYear, 12, 31));
		model.addAttribute("withoutRegulations", registry.withoutRegulations(scope));
		return "disclosure/registry";
	}

	@PostMapping("/registry")
	String register(@RequestParam long agencyId, @RequestParam DocumentKind kind, @RequestParam String title,
			@RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repealedOn,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		try {
			registry.register(staff, new NormativeRegistry.Document(null, agencyId, kind, title, blank(documentNumber),
					issuedOn, null, expiresOn, repealedOn, null, 0));
			flash.addFlashAttribute("done", "disclosure.registry.saved");
		}
		catch (RuleViolation | InvalidInput e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/console/disclosure/registry";
	}

	@GetMapping("/figures")
	String showFigures(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> scope = agencyAccess.readableAgencies(staff);
		Long shown = agencyId != null && scope.contains(agencyId) ? agencyId
				: staff.homeAgencies().stream().filter(scope::contains).findFirst().orElse(null);
		int shownYear = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("agencyId", shown);
		model.addAttribute("year", shownYear);
		if (shown != null) {
			model.addAttribute("table", statistics.activeDisclosure(shown, shownYear));
			model.addAttribute("channels", statistics.channels(shown, shownYear));
			model.addAttribute("recorded", figures.find(shown, shownYear).orElse(null));
		}
		return "disclosure/figures";
	}

	@PostMapping("/figures")
	String enterFigures(@RequestParam long agencyId, @RequestParam int year,
			@RequestParam(required = false) Integer licensing, @RequestParam(required = false) Integer penalties,
			@RequestParam(required = false) Integer coercion,
			@RequestParam(required = false) String feesTenThousandYuan, @RequestParam(required = false) Integer wechat,
			@RequestParam(required = false) Integer governmentServicePortal,
			@RequestParam(required = false) Integer gazette, @RequestParam(required = false) Integer pressConferences,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		try {
			figures.enter(staff, agencyId, new YearlyFigures.Input(year, licensing, penalties, coercion,
					feesTenThousandYuan, wechat, governmentServicePortal, gazette, pressConferences));
			flash.addFlashAttribute("done", "disclosure.figures.saved");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("problems", FlashProblems.of(e));
		}
		return "redirect:/console/disclosure/figures?agencyId=" + agencyId + "&year=" + year;
	}

	@PostMapping("/figures/import")
	String importFigures(@RequestParam long agencyId, @RequestParam int year, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) throws IOException {
		try {
			figures.importFile(staff, agencyId, file.getOriginalFilename(), file.getBytes());
			flash.addFlashAttribute("done", "disclosure.figures.imported");
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("problems", FlashProblems.of(e));
		}
		return "redirect:/console/disclosure/figures?agencyId=" + agencyId + "&year=" + year;
	}

	private String formView(Model model, Long id, Long agencyId) {
		model.addAttribute("entryId", id);
		// Article 21's groups only for an agency whose level has them (the service checks
		// again).
		model.addAttribute("article21Groups",
				agencyId == null ? List.of() : settings.of(agencyId).article21Groups().stream().sorted().toList());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("validities", Validity.values());
		return "disclosure/form";
	}

	private String act(long id, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation | InvalidInput e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/console/disclosure/entries/" + id;
	}

	private Set<Long> scope(StaffPrincipal staff, Long agencyId) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		if (agencyId == null) {
			return readable;
		}
		return readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
