package org.gongkai.appeals.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealCase;
import org.gongkai.appeals.AppealDocumentKind;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealHandling;
import org.gongkai.appeals.AppealHistory;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.AppealSearch;
import org.gongkai.appeals.AppealTerms;
import org.gongkai.agencies.StaffNames;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.ContestedAct;
import org.gongkai.appeals.Disposition;
import org.gongkai.requests.ApplicantType;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.Zones;
import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.TextInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadRefusal;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages for 行政复议 and 行政诉讼: the list with filters, entering a case, the case
 * page with its result, documents and history and every action the signed-in staff member
 * may take, and table 四. Authorisation is the service's: these pages only hide what it
 * would refuse.
 */
@Controller
class AppealConsoleController {

	private final AppealHandling handling;

	private final AppealSearch search;

	private final AppealStatistics statistics;

	private final AppealDocuments documents;

	private final AppealHistory history;

	private final Agencies agencies;

	private final AgencyAccess agencyAccess;

	private final Clock clock;

	private final AppealTerms terms;

	private final StaffNames names;

	AppealConsoleController(AppealHandling handling, AppealSearch search, AppealStatistics statistics,
			AppealDocuments documents, AppealHistory history, Agencies agencies, AgencyAccess agencyAccess, Clock clock,
			AppealTerms terms, StaffNames names) {
		this.handling = handling;
		this.search = search;
		this.statistics = statistics;
		this.documents = documents;
		this.history = history;
		this.agencies = agencies;
		this.agencyAccess = agencyAccess;
		this.clock = clock;
		this.terms = terms;
		this.names = names;
	}

	/**
	 * Every time on the appeals pages is shown in Beijing time, as on the requests'
	 * pages.
	 */
	@ModelAttribute("zone")
	ZoneId zone() {
		return Zones.BEIJING;
	}

	@ModelAttribute("enums")
	Map<String, Object> enums() {
		Map<String, Object> enums = new LinkedHashMap<>();
		enums.put("kinds", AppealKind.values());
		enums.put("results", AppealResult.values());
		enums.put("acts", ContestedAct.values());
		enums.put("applicantTypes", ApplicantType.values());
		enums.put("documentKinds", AppealDocumentKind.values());
		return enums;
	}

	@GetMapping("/console/appeals")
	String showList(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) AppealKind kind,
			@RequestParam(required = false) AppealResult result, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean voided,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = agencyId == null ? readable : readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
		AppealSearch.Page page = search
			.search(new AppealSearch.Filter(scope, kind, result, year, q, null, voided, beforeId, 50));
		model.addAttribute("page", page);
		Map<Long, AppealTerms.Term> rowTerms = new LinkedHashMap<>();
		page.rows().forEach(row -> rowTerms.put(row.id(), terms.of(row)));
		model.addAttribute("terms", rowTerms);
		model.addAttribute("agencyChoices", agencyChoices(readable));
		model.addAttribute("years", years());
		return "appeals/list";
	}

	@GetMapping("/console/appeals/new")
	String initCreationForm(@RequestParam(required = false) AppealKind kind,
			@RequestParam(required = false) String requestRef, @RequestParam(required = false) Long reconsiderationId,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		TextInput.require("requestRef", requestRef, AppealForm.MAX_REFERENCE);
		List<Agency> mine = agencyChoices(handling.enteringAgencies(staff));
		if (mine.isEmpty()) {
			throw new AccessDeniedException("登记案件需要本机关的承办人、登记员或公开办负责人角色");
		}
		AppealForm form = new AppealForm();
		form.setToken(UUID.randomUUID().toString());
		form.setAgencyId(mine.get(0).getId());
		form.setKind(kind == null ? AppealKind.RECONSIDERATION : kind);
		form.setRequestRef(requestRef);
		form.setReconsiderationId(reconsiderationId);
		form.setContestedAct(ContestedAct.REPLY);
		form.setFiledOn(LocalDate.now(clock));
		model.addAttribute("appealForm", form);
		return creationPage(staff, mine, model);
	}

	@PostMapping("/console/appeals/new")
	String processCreationForm(@ModelAttribute("appealForm") AppealForm appealForm, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<Agency> mine = agencyChoices(handling.enteringAgencies(staff));
		if (!binding.hasErrors()) {
			try {
				String key = IdempotencyKeys.scoped("console:" + staff.id(), "form", appealForm.getToken());
				AppealHandling.Registration registration = handling.register(staff, appealForm.newAppeal(key));
				redirect.addFlashAttribute("notice",
						registration.replayed() ? "appeal.notice.replayed" : "appeal.notice.registered");
				return "redirect:/console/appeals/" + registration.appeal().getId();
			}
			catch (InvalidInput e) {
				FormErrors.reject(binding, e);
			}
			catch (RuleViolation e) {
				binding.reject(e.code(), e.getMessage());
				response.setStatus(HttpStatus.CONFLICT.value());
				return creationPage(staff, mine, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return creationPage(staff, mine, model);
	}

	private String creationPage(StaffPrincipal staff, List<Agency> mine, Model model) {
		model.addAttribute("agencyChoices", mine);
		model.addAttribute("reconsiderations", search.openToLawsuit(handling.enteringAgencies(staff)));
		return "appeals/form";
	}

	@GetMapping("/console/appeals/{id}")
	String showCase(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		AppealCase appeal = handling.show(staff, id);
		DecisionForm decisionForm = new DecisionForm();
		decisionForm.setDecidedOn(LocalDate.now(clock));
		model.addAttribute("decisionForm", decisionForm);
		model.addAttribute("correctionForm", new DecisionForm());
		model.addAttribute("voidForm", new DecisionForm());
		return casePage(staff, appeal, model);
	}

	@PostMapping("/console/appeals/{id}/notification")
	String processNotificationForm(@PathVariable long id,
			@ModelAttribute("notificationForm") NotificationForm notificationForm, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(staff, id, binding, model, response, redirect, "notify", appeal -> {
			handling.recordNotification(staff, id, notificationForm.getVersion(), notificationForm.getNotifiedOn());
			return null;
		}, "appeal.notice.notified", () -> {
			model.addAttribute("decisionForm", new DecisionForm());
			model.addAttribute("correctionForm", new DecisionForm());
			model.addAttribute("voidForm", new DecisionForm());
		});
	}

	@PostMapping("/console/appeals/{id}/decision")
	String processDecisionForm(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm decisionForm,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(staff, id, binding, model, response, redirect, "decide", appeal -> {
			AppealCase decided = handling.decide(staff, id, decisionForm.getVersion(), decisionForm.decision());
			return decided.getRequestReopenedOn() != null && appeal.getRequestReopenedOn() == null ? decided : null;
		}, "appeal.notice.decided", () -> {
			model.addAttribute("correctionForm", new DecisionForm());
			model.addAttribute("voidForm", new DecisionForm());
		});
	}

	@PostMapping("/console/appeals/{id}/decision-correction")
	String processCorrectionForm(@PathVariable long id, @ModelAttribute("correctionForm") DecisionForm correctionForm,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(staff, id, binding, model, response, redirect, "correct", appeal -> {
			AppealCase corrected = handling.correctDecision(staff, id, correctionForm.getVersion(),
					correctionForm.isWithdraw() ? null : correctionForm.decision(), correctionForm.getReason());
			return corrected.getRequestReopenedOn() != null && appeal.getRequestReopenedOn() == null ? corrected : null;
		}, "appeal.notice.corrected", () -> {
			model.addAttribute("decisionForm", new DecisionForm());
			model.addAttribute("voidForm", new DecisionForm());
		});
	}

	@PostMapping("/console/appeals/{id}/void")
	String processVoidForm(@PathVariable long id, @ModelAttribute("voidForm") DecisionForm voidForm,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(staff, id, binding, model, response, redirect, "void", appeal -> {
			handling.voidEntry(staff, id, voidForm.getVersion(), voidForm.getReason());
			return null;
		}, "appeal.notice.voided", () -> {
			model.addAttribute("decisionForm", new DecisionForm());
			model.addAttribute("correctionForm", new DecisionForm());
		});
	}

	@PostMapping("/console/appeals/{id}/documents")
	String processUpload(@PathVariable long id, @RequestParam(required = false) AppealDocumentKind kind,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		AppealCase appeal = handling.show(staff, id);
		String error;
		HttpStatus status;
		if (file == null || file.isEmpty()) {
			error = "appeal.error.file.required";
			status = HttpStatus.BAD_REQUEST;
		}
		else {
			try {
				handling.attach(staff, id, kind, new UploadedFile(file.getOriginalFilename(), file.getBytes()));
				redirect.addFlashAttribute("notice", "appeal.notice.attached");
				return "redirect:/console/appeals/" + id + "#documents";
			}
			catch (InvalidInput e) {
				error = e.problems().get(0).code();
				status = HttpStatus.BAD_REQUEST;
			}
			catch (RuleViolation e) {
				model.addAttribute("uploadMessage", e.getMessage());
				error = null;
				status = e instanceof UploadRefusal refusal ? refusal.status() : HttpStatus.CONFLICT;
			}
		}
		model.addAttribute("uploadError", error);
		model.addAttribute("decisionForm", new DecisionForm());
		model.addAttribute("correctionForm", new DecisionForm());
		model.addAttribute("voidForm", new DecisionForm());
		model.addAttribute("openAction", "attach");
		response.setStatus(status.value());
		return casePage(staff, appeal, model);
	}

	@GetMapping("/console/appeals/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		AppealHandling.Download download = handling.download(staff, id, documentId);
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

	@GetMapping("/console/appeals/{id}/edit")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		AppealCase appeal = handling.show(staff, id);
		requireEditor(staff, appeal);
		model.addAttribute("appealForm", AppealForm.of(appeal));
		model.addAttribute("appeal", appeal);
		return "appeals/edit";
	}

	@PostMapping("/console/appeals/{id}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("appealForm") AppealForm appealForm,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AppealCase appeal = handling.show(staff, id);
		requireEditor(staff, appeal);
		if (!binding.hasErrors()) {
			try {
				handling.amend(staff, id, appealForm.getVersion(), appealForm.facts());
				redirect.addFlashAttribute("notice", "appeal.notice.amended");
				return "redirect:/console/appeals/" + id;
			}
			catch (InvalidInput e) {
				FormErrors.reject(binding, e);
			}
			catch (RuleViolation e) {
				binding.reject(e.code(), e.getMessage());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("appeal", appeal);
		return "appeals/edit";
	}

	@GetMapping("/console/appeals/statistics")
	String showStatistics(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		List<Agency> choices = agencyChoices(readable);
		if (choices.isEmpty()) {
			throw new RecordNotFound("机关", agencyId == null ? "" : agencyId);
		}
		long agency = agencyId == null ? choices.get(0).getId() : agencyId;
		if (!readable.contains(agency)) {
			throw new RecordNotFound("机关", agency);
		}
		int shown = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		AppealStatistics.checkYear(shown);
		model.addAttribute("agencyChoices", choices);
		model.addAttribute("agencyId", agency);
		model.addAttribute("year", shown);
		model.addAttribute("years", years());
		model.addAttribute("table", statistics.forYear(agency, shown));
		model.addAttribute("decidedLater", statistics.decidedAfterYearEnd(agency, shown));
		return "appeals/statistics";
	}

	/**
	 * A step of the case page: on bad input the page again with the errors beside the
	 * fields, else back to the case.
	 */
	private String step(StaffPrincipal staff, long id, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String action, Function<AppealCase, AppealCase> verb, String notice,
			Runnable otherForms) {
		AppealCase before = handling.show(staff, id);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!binding.hasErrors()) {
			try {
				AppealCase reopened = verb.apply(before);
				redirect.addFlashAttribute("notice", notice);
				if (reopened != null) {
					redirect.addFlashAttribute("reopened", reopened.getRequestTrackingCode());
				}
				return "redirect:/console/appeals/" + id;
			}
			catch (InvalidInput e) {
				FormErrors.reject(binding, e);
			}
			catch (RuleViolation e) {
				model.addAttribute("error", e.getMessage());
				status = HttpStatus.CONFLICT;
			}
		}
		otherForms.run();
		model.addAttribute("openAction", action);
		response.setStatus(status.value());
		return casePage(staff, handling.show(staff, id), model);
	}

	/** Each step's name in the case page's {@code can} switches. */
	static final Map<AppealHandling.Step, String> STEP_NAMES = new EnumMap<>(Map.of(AppealHandling.Step.AMEND, "amend",
			AppealHandling.Step.RECORD_NOTIFICATION, "notify", AppealHandling.Step.DECIDE, "decide",
			AppealHandling.Step.CORRECT_DECISION, "correct", AppealHandling.Step.ATTACH, "attach",
			AppealHandling.Step.VOID, "voidEntry", AppealHandling.Step.FILE_LAWSUIT_AFTER, "lawsuit"));

	private String casePage(StaffPrincipal staff, AppealCase appeal, Model model) {
		Optional<AppealCase> laterLawsuit = handling.laterLawsuit(appeal);
		Set<AppealHandling.Step> permitted = handling.permittedSteps(staff, appeal, laterLawsuit);
		Map<String, Boolean> can = new LinkedHashMap<>();
		STEP_NAMES.forEach((step, name) -> can.put(name, permitted.contains(step)));
		model.addAttribute("appeal", appeal);
		model.addAttribute("agencyName", agencies.findById(appeal.getAgencyId()).map(Agency::getName).orElse(""));
		model.addAttribute("linkedApplication", handling.application(appeal).orElse(null));
		model.addAttribute("reconsideration",
				appeal.getReconsiderationId() == null ? null : handling.show(staff, appeal.getReconsiderationId()));
		model.addAttribute("laterLawsuit", laterLawsuit.orElse(null));
		List<AppealDocuments.Document> files = documents.of(appeal.getId());
		model.addAttribute("documents", files);
		model.addAttribute("term",
				terms.of(appeal, files.stream().anyMatch(file -> file.kind() == AppealDocumentKind.DEFENCE)));
		if (!model.containsAttribute("notificationForm")) {
			NotificationForm notificationForm = new NotificationForm();
			notificationForm.setNotifiedOn(appeal.getNotifiedOn());
			model.addAttribute("notificationForm", notificationForm);
		}
		List<CaseHistory.Step> steps = history.of(appeal.getId());
		List<String> logins = new ArrayList<>();
		logins.add(appeal.getCreatedBy());
		files.forEach(file -> logins.add(file.uploadedBy()));
		steps.forEach(step -> logins.add(step.actor()));
		model.addAttribute("history", steps);
		model.addAttribute("names", names.of(logins));
		model.addAttribute("can", can);
		model.addAttribute("daysPending", appeal.getDecidedOn() == null
				? ChronoUnit.DAYS.between(appeal.getFiledOn(), LocalDate.now(clock)) : null);
		model.addAttribute("dispositionChoices",
				List.of(Disposition.values()).stream().filter(d -> d.appliesTo(appeal.getKind())).toList());
		model.addAttribute("decidedResults", List.of(AppealResult.UPHELD, AppealResult.CORRECTED, AppealResult.OTHER));
		model.addAttribute("today", LocalDate.now(clock));
		return "appeals/case";
	}

	private void requireEditor(StaffPrincipal staff, AppealCase appeal) {
		if (!handling.mayEdit(staff, appeal.getAgencyId())) {
			throw new AccessDeniedException("修改案件需要本机关的承办人、登记员或公开办负责人角色");
		}
	}

	private List<Agency> agencyChoices(Set<Long> ids) {
		return agencies.findAllById(ids).stream().sorted(Comparator.comparing(Agency::getName)).toList();
	}

	private List<Integer> years() {
		int now = LocalDate.now(clock).getYear();
		return IntStream.rangeClosed(now - 9, now).boxed().sorted(Comparator.reverseOrder()).toList();
	}

}
