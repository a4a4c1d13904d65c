package org.gongkai.consultations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffNames;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.consultations.AnswerTerms;
import org.gongkai.consultations.ConsultationSearch;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.Question;
import org.gongkai.consultations.QuestionChannel;
import org.gongkai.consultations.QuestionHistory;
import org.gongkai.consultations.QuestionType;
import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The console pages of public questions: the list with its filters, the entry of a
 * question received by phone or from the hotline, a question's page with its answer,
 * publication and history, the due-soon and overdue lists, the supervising office's 督办
 * view and the yearly counts.
 */
@Controller
@RequestMapping("/console/consultations")
class ConsultationConsoleController {

	private final Consultations consultations;

	private final ConsultationSearch search;

	private final ConsultationStatistics statistics;

	private final QuestionHistory history;

	private final AnswerTerms terms;

	private final AgencyAccess agencyAccess;

	private final Agencies agencies;

	private final MessageSource messages;

	private final StaffNames names;

	private final Clock clock;

	ConsultationConsoleController(Consultations consultations, ConsultationSearch search,
			ConsultationStatistics statistics, QuestionHistory history, AnswerTerms terms, AgencyAccess agencyAccess,
			Agencies agencies, MessageSource messages, StaffNames names, Clock clock) {
		this.names = names;
		this.consultations = consultations;
		this.search = search;
		this.statistics = statistics;
		this.history = history;
		this.terms = terms;
		this.agencyAccess = agencyAccess;
		this.agencies = agencies;
		this.messages = messages;
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

	@ModelAttribute("channels")
	QuestionChannel[] channels() {
		return QuestionChannel.values();
	}

	@ModelAttribute("types")
	QuestionType[] types() {
		return QuestionType.values();
	}

	@GetMapping
	String showList(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) QuestionChannel channel, @RequestParam(required = false) QuestionType type,
			@RequestParam(required = false) ConsultationSearch.State state,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("page", search.search(new ConsultationSearch.Filter(scope(staff, agencyId), channel, type,
				state, year == null || year < 2000 || year > 2100 ? null : year, q, beforeId, 50)));
		model.addAttribute("states", ConsultationSearch.State.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayRegister", staff.holds(Role.REGISTRAR) || staff.holds(Role.HANDLER));
		return "consultations/list";
	}

	@GetMapping("/timeliness")
	String showTimeliness(@RequestParam(defaultValue = "overdue") String view,
			@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		boolean overdue = !view.equals("due-soon");
		model.addAttribute("view", overdue ? "overdue" : "due-soon");
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("rows", search.timeliness(scope(staff, agencyId), overdue, LocalDate.now(clock), 500));
		return "consultations/timeliness";
	}

	@GetMapping("/supervision")
	String showSupervision(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("supervision", search.supervision(staff, LocalDate.now(clock)));
		return "consultations/supervision";
	}

	@GetMapping("/statistics")
	String showStatistics(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> scope = agencyAccess.readableAgencies(staff);
		Long shown = agencyId != null && scope.contains(agencyId) ? agencyId
				: staff.homeAgencies().stream().filter(scope::contains).findFirst().orElse(null);
		int shownYear = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("agencyId", shown);
		model.addAttribute("year", shownYear);
		if (shown != null) {
			model.addAttribute("yearly", statistics.yearly(shown, shownYear));
		}
		return "consultations/statistics";
	}

	@GetMapping("/new")
	String initRegistrationForm(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		QuestionForm form = new QuestionForm();
		form.setReceivedOn(LocalDate.now(clock));
		form.setChannel(QuestionChannel.PHONE);
		staff.agenciesWith(Role.REGISTRAR).stream().findFirst().ifPresent(form::setAgencyId);
		if (form.getAgencyId() == null) {
			staff.agenciesWith(Role.HANDLER).stream().findFirst().ifPresent(form::setAgencyId);
		}
		model.addAttribute("questionForm", form);
		return "consultations/form";
	}

	@PostMapping("/new")
	String processRegistrationForm(@ModelAttribute("questionForm") QuestionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (form.getAgencyId() == null) {
			binding.rejectValue("agencyId", "consultation.agency.required");
		}
		if (binding.hasErrors()) {
			return "consultations/form";
		}
		try {
			long id = consultations.register(staff, form.received());
			return "redirect:/console/consultations/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.reject(binding, e);
			return "consultations/form";
		}
	}

	@GetMapping("/{id}")
	String showQuestion(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Consultations.View view = consultations.view(staff, id);
		model.addAttribute("view", view);
		model.addAttribute("question", view.question());
		List<CaseHistory.Step> steps = history.of(id);
		model.addAttribute("history", steps);
		// who acted, by name: the history keeps their login
		model.addAttribute("names", names.of(steps.stream().map(CaseHistory.Step::actor).toList()));
		model.addAttribute("zone", Zones.BEIJING);
		model.addAttribute("termDays", terms.days(view.question().getType()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayAnswer", consultations.mayAnswer(staff, view.question()));
		return "consultations/question";
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String answer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		return act(id, flash, () -> consultations.answer(staff, id, version, answer, answeredOn));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String publicTitle, @RequestParam(required = false) String publicBody,
			@RequestParam(required = false) String publicAnswer, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		return act(id, flash, () -> consultations.publish(staff, id, version,
				new Question.PublicCopy(publicTitle, publicBody, publicAnswer)));
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		return act(id, flash, () -> consultations.unpublish(staff, id, version));
	}

	private String act(long id, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("problem",
					String.join("；",
							e.problems()
								.stream()
								.map(problem -> messages.getMessage(problem.code(), problem.args().toArray(),
										problem.message() == null ? problem.code() : problem.message(),
										LocaleContextHolder.getLocale()))
								.toList()));
		}
		return "redirect:/console/consultations/" + id;
	}

	private Set<Long> scope(StaffPrincipal staff, Long agencyId) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		if (agencyId == null) {
			return readable;
		}
		return readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
	}

}
