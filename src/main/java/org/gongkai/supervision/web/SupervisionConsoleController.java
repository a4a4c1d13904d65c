package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Zones;
import org.gongkai.supervision.Supervision;
import org.gongkai.supervision.Urging;
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
 * The 督办 console pages: the supervisor's overview of the region's agencies with the 催办
 * form, the list of 催办 sent or received, and one 催办 with its answer. Each page offers
 * only what the signed-in person may do ({@link Supervision#mayAnswer},
 * {@link Supervision#mayMarkRead}).
 */
@Controller
@RequestMapping("/console/supervision")
class SupervisionConsoleController {

	private final Supervision supervision;

	private final Agencies agencies;

	private final MessageSource messages;

	private final Clock clock;

	SupervisionConsoleController(Supervision supervision, Agencies agencies, MessageSource messages, Clock clock) {
		this.supervision = supervision;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("supervises")
	boolean supervises(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff != null && supervision.supervises(staff);
	}

	@GetMapping
	String showOverview(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agencyId,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		UrgingForm form = new UrgingForm();
		form.setAgencyId(agencyId);
		model.addAttribute("urgingForm", form);
		return overview(staff, year, model);
	}

	@PostMapping("/urgings")
	String processUrgingForm(@ModelAttribute("urgingForm") UrgingForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			Urging urging = supervision.send(staff, form.getAgencyId(), form.getTrackingCode(), form.getText());
			flash.addFlashAttribute("notice", text("supervision.notice.sent"));
			return "redirect:/console/supervision/urgings/" + urging.getId();
		}
		catch (InvalidInput e) {
			FormErrors.reject(binding, e);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (RuleViolation e) {
			binding.rejectValue("trackingCode", e.code(), e.getMessage());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return overview(staff, null, model);
	}

	private String overview(StaffPrincipal staff, Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		List<Supervision.AgencyFigures> figures = supervision.figures(staff, shown);
		model.addAttribute("year", shown);
		model.addAttribute("figures", figures);
		List<Urging> sent = supervision.sent(staff);
		model.addAttribute("sent", sent);
		model.addAttribute("subordinates", supervision.subordinates(staff));
		model.addAttribute("agencyNames", names(sent));
		model.addAttribute("zone", Zones.BEIJING);
		return "supervision/overview";
	}

	@GetMapping("/urgings")
	String listUrgings(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		List<Urging> sent = supervision.sent(staff);
		List<Urging> received = supervision.received(staff);
		model.addAttribute("sent", sent);
		model.addAttribute("received", received);
		model.addAttribute("agencyNames", names(Stream.concat(sent.stream(), received.stream()).toList()));
		model.addAttribute("zone", Zones.BEIJING);
		return "supervision/urgings";
	}

	@GetMapping("/urgings/{id}")
	String showUrging(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Urging urging = supervision.show(staff, id);
		model.addAttribute("urging", urging);
		model.addAttribute("agencyName", agencies.findById(urging.getAgencyId()).map(Agency::getName).orElse(""));
		model.addAttribute("officeName", agencies.findById(urging.getOfficeId()).map(Agency::getName).orElse(""));
		model.addAttribute("mayAnswer", supervision.mayAnswer(staff, urging));
		model.addAttribute("mayMarkRead", supervision.mayMarkRead(staff, urging));
		model.addAttribute("zone", Zones.BEIJING);
		return "supervision/urging";
	}

	@PostMapping("/urgings/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String answer, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes flash) {
		return act(id, flash, "supervision.notice.answered", () -> supervision.answer(staff, id, version, answer));
	}

	@PostMapping("/urgings/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes flash) {
		return act(id, flash, "supervision.notice.read", () -> supervision.markRead(staff, id, version));
	}

	private String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("notice", text(done));
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
		return "redirect:/console/supervision/urgings/" + id;
	}

	/** The names of the agencies and offices of {@code urgings}. */
	private Map<Long, String> names(List<Urging> urgings) {
		Set<Long> ids = new HashSet<>();
		urgings.forEach(urging -> {
			ids.add(urging.getAgencyId());
			ids.add(urging.getOfficeId());
		});
		return agencies.findAllById(ids).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
