package org.gongkai.requests.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.Actor;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DeadlineStatus;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.ConsultationKind;
import org.gongkai.requests.ConsultationStance;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.DocumentKind;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.InformationSought;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicationChecks;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestDeadlines;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestExport;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestHandling.Step;
import org.gongkai.requests.RequestHistory;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestSearch;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestsProperties;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.gongkai.requests.RequestHandling.ReplyLetter;
import org.gongkai.requests.web.StepForms.AnswerForm;
import org.gongkai.requests.web.StepForms.ApplicantTypeForm;
import org.gongkai.requests.web.StepForms.ConsultationAnswerForm;
import org.gongkai.requests.web.StepForms.ConsultationForm;
import org.gongkai.requests.web.StepForms.ConfirmForm;
import org.gongkai.requests.web.StepForms.CorrectionForm;
import org.gongkai.requests.web.StepForms.DateForm;
import org.gongkai.requests.web.StepForms.DraftForm;
import org.gongkai.requests.web.StepForms.ExcessiveForm;
import org.gongkai.requests.web.StepForms.ExtensionDecisionForm;
import org.gongkai.requests.web.StepForms.ExtensionForm;
import org.gongkai.requests.web.StepForms.HandlerForm;
import org.gongkai.requests.web.StepForms.ReasonForm;
import org.gongkai.requests.web.StepForms.RepeatForm;
import org.gongkai.requests.web.StepForms.ReviewForm;
import org.gongkai.requests.web.StepForms.ServiceForm;
import org.gongkai.requests.web.StepForms.SplitForm;
import org.gongkai.requests.web.StepForms.StepForm;
import org.gongkai.requests.web.StepForms.UploadForm;
import org.gongkai.requests.web.StepForms.WithdrawalForm;
import org.gongkai.shared.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The staff's pages for applications: the list with filters, intake of letters, visits,
 * faxes, emails and 12345 transfers, the case page with its clock and every step the
 * signed-in staff member may take, the deadline views (including the supervising office's
 * 督办 view) and table 三.
 */
@Controller
class RequestConsoleController {

	private final RequestIntake intake;

	private final RequestHandling handling;

	private final RequestSearch search;

	private final RequestDeadlines requestDeadlines;

	private final RequestDocuments documents;

	private final RequestHistory history;

	private final RequestStatistics statistics;

	private final Agencies agencies;

	private final AgencyAccess agencyAccess;

	private final RequestsProperties properties;

	private final Clock clock;

	private final RequestExport export;

	private final MessageSource messages;

	RequestConsoleController(RequestExport export, RequestIntake intake, RequestHandling handling, RequestSearch search,
			RequestDeadlines requestDeadlines, RequestDocuments documents, RequestHistory history,
			RequestStatistics statistics, Agencies agencies, AgencyAccess agencyAccess, RequestsProperties properties,
			Clock clock, MessageSource messages) {
		this.export = export;
		this.messages = messages;
		this.intake = intake;
		this.handling = handling;
		this.search = search;
		this.requestDeadlines = requestDeadlines;
		this.documents = documents;
		this.history = history;
		this.statistics = statistics;
		this.agencies = agencies;
		this.agencyAccess = agencyAccess;
		this.properties = properties;
		this.clock = clock;
	}

	@ModelAttribute("enums")
	Map<String, Object> enums() {
		Map<String, Object> enums = new LinkedHashMap<>();
		enums.put("statuses", RequestStatus.values());
		enums.put("outcomes", Outcome.values());
		enums.put("applicantTypes", ApplicantType.values());
		enums.put("channels", Channel.values());
		enums.put("idTypes", IdDocumentType.values());
		enums.put("forms", FormWanted.values());
		enums.put("deliveries", DeliveryMethod.values());
		enums.put("consultationKinds", ConsultationKind.values());
		enums.put("consultationStances", ConsultationStance.values());
		enums.put("documentKinds", DocumentKind.values());
		return enums;
	}

	@GetMapping("/console/requests")
	String showList(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) ApplicantType applicantType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		RequestSearch.Page page = search.search(new RequestSearch.Filter(scope, status == null ? null : Set.of(status),
				outcome, applicantType, from, to, handlerId, q, beforeId, 50));
		model.addAttribute("page", page);
		model.addAttribute("lines", ListLine.of(page.rows(), requestDeadlines, LocalDate.now(clock)));
		model.addAttribute("agencyChoices", agencyChoices(readable));
		model.addAttribute("handlers", handlerChoices(readable));
		return "requests/console/list";
	}

	@GetMapping("/console/requests/export.xlsx")
	ResponseEntity<byte[]> exportList(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) ApplicantType applicantType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) String q,
			@AuthenticationPrincipal StaffPrincipal staff, Locale locale) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		byte[] workbook = export.xlsx(new RequestSearch.Filter(scope, status == null ? null : Set.of(status), outcome,
				applicantType, from, to, handlerId, q, null, RequestSearch.MAX_PAGE), locale);
		return Downloads.attachment("requests-" + LocalDate.now(clock) + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
	}

	@GetMapping("/console/requests/new")
	String initIntakeForm(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		IntakeForm form = new IntakeForm();
		form.setToken(UUID.randomUUID().toString());
		form.setSubmittedOn(LocalDate.now(clock));
		form.setDeliveryWanted(DeliveryMethod.POST);
		form.setFormWanted(FormWanted.PAPER);
		List<Agency> mine = registrarAgencies(staff);
		if (mine.isEmpty()) {
			throw new AccessDeniedException("登记申请需要登记员角色");
		}
		form.setAgencyId(mine.get(0).getId());
		model.addAttribute("intakeForm", form);
		model.addAttribute("agencyChoices", mine);
		return "requests/console/intake";
	}

	@PostMapping("/console/requests/new")
	String processIntakeForm(@ModelAttribute IntakeForm intakeForm, BindingResult binding,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "powerOfAttorney", required = false) MultipartFile powerOfAttorney,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect)
			throws IOException {
		List<Agency> mine = registrarAgencies(staff);
		if (intakeForm.getAgencyId() == null
				|| mine.stream().noneMatch(a -> a.getId().equals(intakeForm.getAgencyId()))) {
			binding.rejectValue("agencyId", "apply.error.agency.required");
		}
		if (!binding.hasErrors()) {
			try {
				LocalDate submittedOn = intakeForm.getSubmittedOn() != null ? intakeForm.getSubmittedOn()
						: LocalDate.now(clock);
				var submission = intake.submit(intakeForm.getAgencyId(),
						new InformationRequest.Intake(intakeForm.getChannel(), submittedOn, intakeForm.getSignedForOn(),
								intakeForm.getConfirmedOn(), intakeForm.getReceiptNote()),
						intakeForm.draft(), IdempotencyKeys.scoped("console", "form", intakeForm.getToken()),
						uploads(files), upload(powerOfAttorney),
						Actor.staff(staff.id(), staff.username(), staff.displayName()));
				redirect.addFlashAttribute("notice",
						submission.replayed() ? "request.notice.replayed" : "request.notice.registered");
				redirect.addFlashAttribute("accessCode", submission.accessCode());
				return "redirect:/console/requests/" + submission.reference().id();
			}
			catch (InvalidInput e) {
				FormErrors.reject(binding, e);
			}
			catch (RuleViolation e) {
				FormErrors.reject(binding, e);
			}
		}
		model.addAttribute("agencyChoices", mine);
		return "requests/console/intake";
	}

	/**
	 * The message keys of the history's actors that are roles, not people: the applicant
	 * and scheduled work read in the page's language.
	 */
	static final Map<String, String> ACTOR_KEYS = Map.of(Actor.PUBLIC.displayName(), "request.history.actor.public",
			Actor.SYSTEM.displayName(), "request.history.actor.system");

	@GetMapping("/console/requests/{id}")
	String showRequest(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		InformationRequest request = handling.show(staff, id);
		DeadlineStatus deadlineStatus = handling.deadlineStatusOf(request);
		model.addAttribute("request", request);
		model.addAttribute("deadlines", deadlineStatus);
		List<RequestDocuments.Document> files = documents.of(id);
		model.addAttribute("documents", files);
		model.addAttribute("uploaders",
				history.names(files.stream().map(RequestDocuments.Document::uploadedBy).toList()));
		model.addAttribute("history", history.readable(id));
		model.addAttribute("actorKeys", ACTOR_KEYS);
		model.addAttribute("agency", agencies.findById(request.getAgencyId()).orElseThrow());
		model.addAttribute("can", permissions(handling.permittedSteps(staff, request)));
		model.addAttribute("feeNotice", handling.feeNoticeOf(request).orElse(null));
		model.addAttribute("offersFeeNotice", handling.offersFeeNotice(staff, request));
		model.addAttribute("handlers", handling.staffWith(request.getAgencyId(), Role.HANDLER));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("defaultCorrectionTerm", properties.correctionTermDays());
		model.addAttribute("reviewChain", request.reviewChain());
		model.addAttribute("repeatOfCode",
				request.getRepeatOf() == null ? null : handling.trackingCodeOf(staff, request.getRepeatOf()));
		Applicant applicant = request.getApplicant();
		model.addAttribute("applicantTypeWarning", applicant == null ? null
				: ApplicationChecks.applicantTypeWarning(applicant.type(), applicant.idType(), applicant.idNumber()));
		return "requests/console/case";
	}

	/**
	 * The case page's switches by step, for the template ({@code can.correct}): exactly
	 * the steps {@link RequestHandling#permittedSteps} gives, under the names the
	 * template uses.
	 */
	static Map<String, Boolean> permissions(Set<Step> permitted) {
		Map<String, Boolean> can = new LinkedHashMap<>();
		STEP_NAMES.forEach((step, name) -> can.put(name, permitted.contains(step)));
		return can;
	}

	/** Each step's name in the template and in the URL of its form. */
	static final Map<Step, String> STEP_NAMES = stepNames();

	private static Map<Step, String> stepNames() {
		Map<Step, String> names = new EnumMap<>(Step.class);
		names.put(Step.CONFIRM, "confirm");
		names.put(Step.DISMISS, "dismiss");
		names.put(Step.CORRECT, "correct");
		names.put(Step.SERVE_CORRECTION, "serveCorrection");
		names.put(Step.RECEIVE_CORRECTION, "corrected");
		names.put(Step.CLOSE_UNCORRECTED, "lapse");
		names.put(Step.ACCEPT, "accept");
		names.put(Step.REASSIGN, "reassign");
		names.put(Step.CONSULT, "consult");
		names.put(Step.RECORD_CONSULTATION_ANSWER, "consultAnswer");
		names.put(Step.EXTEND, "extend");
		names.put(Step.DECIDE_EXTENSION, "decideExtension");
		names.put(Step.DRAFT_REPLY, "draft");
		names.put(Step.REVIEW, "review");
		names.put(Step.ANSWER, "answer");
		names.put(Step.RECORD_SERVICE, "serve");
		names.put(Step.ARCHIVE, "archive");
		names.put(Step.WITHDRAW, "withdraw");
		names.put(Step.SPLIT, "split");
		names.put(Step.MARK_REPEATED, "repeat");
		names.put(Step.ATTACH, "upload");
		names.put(Step.ASK_REASONS, "reasons-request");
		names.put(Step.CORRECT_APPLICANT_TYPE, "applicant-type");
		names.put(Step.RECORD_REASONS, "reasons");
		names.put(Step.SET_REASONABLE_PERIOD, "reasonable-period");
		return Collections.unmodifiableMap(names);
	}

	@PostMapping("/console/requests/{id}/confirm")
	String confirm(@PathVariable long id, @Valid @ModelAttribute("step") ConfirmForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.confirmReceipt(staff, id, form.getVersion(), form.getDate(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/dismiss")
	String dismiss(@PathVariable long id, @Valid @ModelAttribute("step") ReasonForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.dismiss(staff, id, form.getVersion(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/correct")
	String correct(@PathVariable long id, @Valid @ModelAttribute("step") CorrectionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.requestCorrection(staff, id, form.getVersion(),
				form.getMatters(), form.getTermDays(), form.getIssuedOn(), form.getServedOn(), form.isLetter()));
	}

	@PostMapping("/console/requests/{id}/correction-served")
	String correctionServed(@PathVariable long id, @Valid @ModelAttribute("step") DateForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.recordCorrectionService(staff, id, form.getVersion(), form.getDate()));
	}

	@PostMapping("/console/requests/{id}/corrected")
	String corrected(@PathVariable long id, @Valid @ModelAttribute("step") DateForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.receiveCorrection(staff, id, form.getVersion(), form.getDate()));
	}

	@PostMapping("/console/requests/{id}/lapse")
	String lapse(@PathVariable long id, @Valid @ModelAttribute("step") StepForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.closeForMissingCorrection(staff, id, form.getVersion()));
	}

	@PostMapping("/console/requests/{id}/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("step") HandlerForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.accept(staff, id, form.getVersion(), form.getHandlerId(), form.isLetter()));
	}

	@PostMapping("/console/requests/{id}/reassign")
	String reassign(@PathVariable long id, @Valid @ModelAttribute("step") HandlerForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.reassign(staff, id, form.getVersion(), form.getHandlerId(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/consult")
	String consult(@PathVariable long id, @Valid @ModelAttribute("step") ConsultationForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.consult(staff, id, form.getVersion(), form.getKind(),
				form.getParty(), form.getSentOn(), form.isLetter()));
	}

	@PostMapping("/console/requests/{id}/consult-answer")
	String recordConsultationAnswer(@PathVariable long id, @Valid @ModelAttribute("step") ConsultationAnswerForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.recordConsultationAnswer(staff, id, form.getVersion(),
				form.getNumber(), form.getAnsweredOn(), form.getAnswer(), form.getStance()));
	}

	@PostMapping("/console/requests/{id}/applicant-type")
	String correctApplicantType(@PathVariable long id, @Valid @ModelAttribute("step") ApplicantTypeForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.correctApplicantType(staff, id, form.getVersion(),
				form.getApplicantType(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/reasons-request")
	String askReasons(@PathVariable long id, @Valid @ModelAttribute("step") ExcessiveForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.askReasons(staff, id, form.getVersion(), form.getAskedOn(), form.getAnswerBy()));
	}

	@PostMapping("/console/requests/{id}/reasons")
	String recordReasons(@PathVariable long id, @Valid @ModelAttribute("step") ExcessiveForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.recordReasons(staff, id, form.getVersion(), form.getAnsweredOn(), form.getReasons()));
	}

	@PostMapping("/console/requests/{id}/reasonable-period")
	String setReasonablePeriod(@PathVariable long id, @Valid @ModelAttribute("step") ExcessiveForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.setReasonablePeriod(staff, id, form.getVersion(),
				form.getDueOn(), form.getDays(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/extend")
	String extend(@PathVariable long id, @Valid @ModelAttribute("step") ExtensionForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.requestExtension(staff, id, form.getVersion(), form.getDays(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/extension-decision")
	String decideExtension(@PathVariable long id, @Valid @ModelAttribute("step") ExtensionDecisionForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.decideExtension(staff, id, form.getVersion(),
				"approve".equals(form.getDecision()), form.getComment(), form.getNoticeOn(), form.isLetter()));
	}

	@PostMapping("/console/requests/{id}/draft")
	String draft(@PathVariable long id, @Valid @ModelAttribute("step") DraftForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.draftReply(staff, id, form.getVersion(), form.getOutcome(),
				form.getLegalBasis(), form.getText(), form.responsible()));
	}

	@PostMapping("/console/requests/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("step") ReviewForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.review(staff, id, form.getVersion(),
				"approve".equals(form.getDecision()), form.getComment()));
	}

	@PostMapping("/console/requests/{id}/answer")
	String answer(@PathVariable long id, @Valid @ModelAttribute("step") AnswerForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.answer(staff, id, form.getVersion(), form.getRepliedOn(), form.getDelivery(),
						form.isLetter() ? ReplyLetter.generated() : ReplyLetter.uploaded(form.getLetterReason()),
						form.isThirdPartyNotice()));
	}

	@PostMapping("/console/requests/{id}/serve")
	String serve(@PathVariable long id, @Valid @ModelAttribute("step") ServiceForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.recordService(staff, id, form.getVersion(), form.getServedOn()));
	}

	@PostMapping("/console/requests/{id}/archive")
	String archive(@PathVariable long id, @Valid @ModelAttribute("step") StepForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> handling.archive(staff, id, form.getVersion()));
	}

	@PostMapping("/console/requests/{id}/withdraw")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("step") WithdrawalForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect,
				() -> handling.withdraw(staff, id, form.getVersion(), form.getWithdrawnOn(), form.getReason()));
	}

	@PostMapping("/console/requests/{id}/split")
	String split(@PathVariable long id, @Valid @ModelAttribute("step") SplitForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> {
			InformationSought original = handling.show(staff, id).getSought();
			List<InformationSought> parts = new ArrayList<>();
			for (String line : (form.getParts() == null ? "" : form.getParts()).split("\\R")) {
				if (!line.isBlank()) {
					parts.add(new InformationSought(line.strip(), null, null, original.formWanted(),
							original.deliveryWanted()));
				}
			}
			redirect.addFlashAttribute("splitInto", handling.split(staff, id, form.getVersion(), parts));
		});
	}

	@PostMapping("/console/requests/{id}/repeat")
	String markRepeated(@PathVariable long id, @Valid @ModelAttribute("step") RepeatForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		if (form.getEarlierId() == null && (form.getEarlierCode() == null || form.getEarlierCode().isBlank())) {
			binding.reject("request.step.error.earlierCode");
		}
		return step(id, binding, redirect, () -> {
			if (form.getEarlierCode() != null && !form.getEarlierCode().isBlank()) {
				handling.markRepeated(staff, id, form.getVersion(), form.getEarlierCode());
			}
			else {
				handling.markRepeated(staff, id, form.getVersion(), form.getEarlierId().longValue());
			}
		});
	}

	@PostMapping("/console/requests/{id}/upload")
	String upload(@PathVariable long id, @Valid @ModelAttribute("step") UploadForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, binding, redirect, () -> {
			MultipartFile file = form.getFile();
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("upload.empty", "请选择要上传的文件");
			}
			handling.attach(staff, id, form.getKind() == null ? DocumentKind.OTHER : form.getKind(),
					new UploadedFile(file.getOriginalFilename(), file.getBytes()));
		});
	}

	/** A step's call into {@link RequestHandling}. */
	@FunctionalInterface
	interface StepCall {

		void run() throws IOException;

	}

	/**
	 * Runs a step of the case page and goes back to it (redirect after post): input that
	 * does not bind, a rule the step refuses and a version someone else changed meanwhile
	 * become the page's message, and change nothing. A step the staff member's roles do
	 * not allow answers 403.
	 */
	private String step(long id, BindingResult binding, RedirectAttributes redirect, StepCall call) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("error", messagesOf(binding));
			return "redirect:/console/requests/" + id;
		}
		try {
			call.run();
			redirect.addFlashAttribute("notice", "request.notice.done");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		catch (InvalidInput e) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("error",
					e.problems()
						.stream()
						.map(problem -> messages.getMessage(problem.code(), problem.args().toArray(),
								problem.message() != null ? problem.message() : problem.code(), locale))
						.distinct()
						.collect(Collectors.joining("；")));
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "request.error.concurrent");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/console/requests/" + id;
	}

	/**
	 * The form's errors in the bundle's words; a value that does not convert falls back
	 * to the general message.
	 */
	private String messagesOf(BindingResult binding) {
		Locale locale = LocaleContextHolder.getLocale();
		return binding.getAllErrors().stream().map(error -> {
			if (error.getCode() != null && error.getCode().equals("typeMismatch")) {
				String[] codes = Arrays.copyOf(error.getCodes(), error.getCodes().length + 1);
				codes[codes.length - 1] = "request.error.input";
				return messages.getMessage(new DefaultMessageSourceResolvable(codes, error.getArguments()), locale);
			}
			return messages.getMessage(error, locale);
		}).distinct().collect(Collectors.joining("；"));
	}

	@GetMapping("/console/requests/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		var download = handling.download(staff, id, documentId);
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

	@GetMapping("/console/requests/{id}/documents/{documentId}/docx")
	ResponseEntity<byte[]> downloadDocx(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		var file = handling.letterDocx(staff, id, documentId);
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	/** Lines per view of the deadline overview, and of one view shown alone. */
	static final int DEADLINE_SECTION = 50;

	static final int DEADLINE_VIEW = 200;

	/**
	 * The overview's views, by the name the template and links use, with the view's name
	 * in the API.
	 */
	private static final Map<String, String> DEADLINE_GROUPS = Map.of("overdue", "overdue", "dueSoon", "due-soon",
			"paused", "paused");

	private static final List<String> DEADLINE_ORDER = List.of("overdue", "dueSoon", "paused");

	@GetMapping("/console/requests/deadlines")
	String showDeadlines(@RequestParam(required = false) Long agencyId,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String view,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		Long handler = mine ? staff.id() : null;
		LocalDate today = LocalDate.now(clock);
		List<String> groups = view != null && DEADLINE_GROUPS.containsKey(view) ? List.of(view) : DEADLINE_ORDER;
		// A region's overview would otherwise render thousands of lines; the most urgent
		// come first, the rest on demand.
		int cap = groups.size() == 1 ? DEADLINE_VIEW : DEADLINE_SECTION;
		Map<String, List<ListLine>> lines = new LinkedHashMap<>();
		Map<String, Boolean> more = new LinkedHashMap<>();
		for (String group : groups) {
			List<RequestSearch.Row> rows = DeadlineViews.rows(DEADLINE_GROUPS.get(group), scope, handler, cap + 1,
					search, requestDeadlines, today);
			more.put(group, rows.size() > cap);
			lines.put(group, ListLine.of(rows.size() > cap ? rows.subList(0, cap) : rows, requestDeadlines, today));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("lines", lines);
		model.addAttribute("more", more);
		model.addAttribute("cap", cap);
		model.addAttribute("agencyChoices", agencyChoices(readable));
		model.addAttribute("mine", mine);
		model.addAttribute("supervising", !staff.agenciesWith(Role.SUPERVISOR).isEmpty());
		model.addAttribute("dueSoonDays", properties.dueSoonDays());
		return "requests/console/deadlines";
	}

	/**
	 * Submissions awaiting confirmation of receipt, oldest first, each with the working
	 * days it has waited; a warning from the first working day after arrival (Article
	 * 31).
	 */
	@GetMapping("/console/requests/unconfirmed")
	String unconfirmed(@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal StaffPrincipal staff,
			Model model) {
		Set<Long> scope = AgencyScope.of(agencyAccess.readableAgencies(staff), agencyId);
		LocalDate today = LocalDate.now(clock);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (RequestSearch.Row row : search.awaitingConfirmation(scope, RequestSearch.MAX_PAGE)) {
			int waited = requestDeadlines.confirmationWait(row.submittedOn(), today);
			lines.add(Map.of("row", row, "waited", waited, "warning", waited >= 1));
		}
		model.addAttribute("lines", lines);
		model.addAttribute("agencyChoices", agencyChoices(agencyAccess.readableAgencies(staff)));
		return "requests/console/unconfirmed";
	}

	@GetMapping("/console/requests/statistics")
	String showStatistics(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		List<Agency> choices = agencyChoices(readable);
		if (choices.isEmpty()) {
			throw new RecordNotFound("机关", agencyId);
		}
		long chosen = agencyId != null && readable.contains(agencyId) ? agencyId : choices.get(0).getId();
		// the last closed year, as on table 四 and in the annual report on it
		int chosenYear = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("table", statistics.forYear(chosen, chosenYear));
		model.addAttribute("agencyChoices", choices);
		model.addAttribute("agencyId", chosen);
		model.addAttribute("year", chosenYear);
		model.addAttribute("rowKeys", RequestStatistics.ROW_KEYS);
		model.addAttribute("columns", ApplicantType.values());
		return "requests/console/statistics";
	}

	private List<Agency> registrarAgencies(StaffPrincipal staff) {
		return agencies.findAllById(handling.registrableAgencies(staff))
			.stream()
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private List<Agency> agencyChoices(Set<Long> readable) {
		return agencies.findAllById(readable)
			.stream()
			.filter(agency -> agency.getKind() != AgencyKind.REGION)
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private List<Actor> handlerChoices(Set<Long> readable) {
		return handling.staffWith(readable, Role.HANDLER);
	}

	/** The file sent, or none when the field was left empty. */
	static UploadedFile upload(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : new UploadedFile(file.getOriginalFilename(), file.getBytes());
	}

	static List<UploadedFile> uploads(List<MultipartFile> files) throws IOException {
		List<UploadedFile> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return uploads;
	}

}
