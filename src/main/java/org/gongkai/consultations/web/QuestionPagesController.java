package org.gongkai.consultations.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.consultations.ConsultationSearch;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.QuestionChannel;
import org.gongkai.consultations.QuestionType;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
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
 * The public pages of the module: the question form of an agency (信箱 and 在线咨询), following
 * a question with its query code, and the agency's answered questions published with
 * consent. A flood of questions from one address is refused by the shared rate limit
 * {@code gongkai.rate-limits.limits.questions}.
 */
@Controller
@RequestMapping("/questions")
class QuestionPagesController {

	private final Consultations consultations;

	private final ConsultationSearch search;

	private final AgencyDirectory directory;

	QuestionPagesController(Consultations consultations, ConsultationSearch search, AgencyDirectory directory) {
		this.consultations = consultations;
		this.search = search;
		this.directory = directory;
	}

	@ModelAttribute("channels")
	List<QuestionChannel> channels() {
		return List.of(QuestionChannel.MAILBOX, QuestionChannel.ONLINE);
	}

	@ModelAttribute("types")
	QuestionType[] types() {
		return QuestionType.values();
	}

	@GetMapping("/new")
	String initQuestionForm(@RequestParam(name = "agency", required = false) Long agencyId, Model model) {
		if (agencyId == null) {
			model.addAttribute("agencies", directory.disclosing());
			return "consultations/public/agencies";
		}
		QuestionForm form = new QuestionForm();
		form.setAgencyId(agencyId);
		form.setChannel(QuestionChannel.ONLINE);
		model.addAttribute("questionForm", form);
		return formPage(agencyId, model);
	}

	@PostMapping("/new")
	String processQuestionForm(@ModelAttribute("questionForm") QuestionForm questionForm, BindingResult binding,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (binding.hasFieldErrors("agencyId") || questionForm.getAgencyId() == null) {
			throw new RecordNotFound("机关", String.valueOf(questionForm.getAgencyId()));
		}
		long agencyId = questionForm.getAgencyId();
		if (!binding.hasErrors()) {
			try {
				Consultations.Submission sent = consultations.ask(agencyId, questionForm.asked());
				redirect.addFlashAttribute("queryCode", sent.queryCode());
				redirect.addFlashAttribute("dueOn", sent.dueOn());
				redirect.addFlashAttribute("agencyName", agencyName(agencyId));
				return "redirect:/questions/sent";
			}
			catch (InvalidInput e) {
				FormErrors.reject(binding, e);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formPage(agencyId, model);
	}

	@GetMapping("/sent")
	String showSent(Model model) {
		if (!model.containsAttribute("queryCode")) {
			return "redirect:/questions/track";
		}
		return "consultations/public/sent";
	}

	@GetMapping("/track")
	String initTrackForm() {
		return "consultations/public/track";
	}

	@PostMapping("/track")
	String processTrackForm(@RequestParam(defaultValue = "") String code, HttpServletResponse response, Model model) {
		var tracked = consultations.track(code);
		if (tracked.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", true);
			return "consultations/public/track";
		}
		model.addAttribute("tracked", tracked.get());
		return "consultations/public/track";
	}

	@GetMapping
	String showPublished(@RequestParam(name = "agency", required = false) Long agencyId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (agencyId == null) {
			model.addAttribute("agencies", directory.disclosing());
			return "consultations/public/agencies";
		}
		String name = agencyName(agencyId);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("agencyName", name);
		model.addAttribute("page", search.published(agencyId, page, 20));
		return "consultations/public/list";
	}

	@GetMapping("/{id}")
	String showQuestion(@PathVariable long id, Model model) {
		model.addAttribute("question", search.publicQuestion(id).orElseThrow(() -> new RecordNotFound("留言", id)));
		return "consultations/public/question";
	}

	private String formPage(long agencyId, Model model) {
		model.addAttribute("agencyName", agencyName(agencyId));
		return "consultations/public/form";
	}

	private String agencyName(long agencyId) {
		return directory.entries()
			.stream()
			.filter(entry -> entry.id() != null && entry.id() == agencyId)
			.filter(entry -> entry.kind() != AgencyKind.REGION)
			.map(AgencyDirectory.Entry::name)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("机关", agencyId));
	}

}
