package org.gongkai.requests.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.requests.Actor;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.CaseClock;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.ConsultationKind;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.DocumentKind;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.InformationSought;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestClock;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestHistory;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestSearch;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.RequestsProperties;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedFile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The staff's pages for applications: the list with filters, intake of letters, visits, faxes, emails and 12345
 * transfers, the case page with its clock and every step the signed-in staff member may take, the deadline views
 * (including the supervising office's 督办 view) and table 三.
 */
@Controller
class RequestConsoleController {

	private final RequestIntake intake;

	private final RequestHandling handling;

	private final RequestSearch search;

	private final RequestClock requestClock;

	private final RequestDocuments documents;

	private final RequestHistory history;

	private final RequestStatistics statistics;

	private final Agencies agencies;

	private final AgencyAccess agencyAccess;

	private final RequestsProperties properties;

	private final Clock clock;

	private final org.gongkai.requests.RequestExport export;

	RequestConsoleController(org.gongkai.requests.RequestExport export, RequestIntake intake, RequestHandling handling, RequestSearch search,
			RequestClock requestClock, RequestDocuments documents, RequestHistory history, RequestStatistics statistics,
			Agencies agencies, AgencyAccess agencyAccess, RequestsProperties properties, Clock clock) {
		this.export = export;
		this.intake = intake;
		this.handling = handling;
		this.search = search;
		this.requestClock = requestClock;
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
		enums.put("documentKinds", DocumentKind.values());
		return enums;
	}

	@GetMapping("/console/requests")
	String showList(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) ApplicantType applicantType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, Model model) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		RequestSearch.Page page = search.search(new RequestSearch.Filter(scope, status == null ? null : Set.of(status),
				outcome, applicantType, from, to, handlerId, q, beforeId, 50));
		model.addAttribute("page", page);
		model.addAttribute("lines", ListLine.of(page.rows(), requestClock, LocalDate.now(clock)));
		model.addAttribute("agencyChoices", agencyChoices(readable));
		model.addAttribute("handlers", handlerChoices(readable));
		model.addAttribute("mayRegister", !staff.agenciesWith(Role.REGISTRAR).isEmpty());
		return "requests/console/list";
	}

	@GetMapping("/console/requests/export.xlsx")
	ResponseEntity<byte[]> exportList(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) ApplicantType applicantType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) String q,
			java.util.Locale locale) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		byte[] workbook = export.xlsx(new RequestSearch.Filter(scope, status == null ? null : Set.of(status), outcome,
				applicantType, from, to, handlerId, q, null, RequestSearch.MAX_PAGE), locale);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment()
				.filename("requests-" + LocalDate.now(clock) + ".xlsx")
				.build()
				.toString())
			.body(workbook);
	}

	@GetMapping("/console/requests/new")
	String initIntakeForm(Model model) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
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
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		List<Agency> mine = registrarAgencies(staff);
		if (intakeForm.getAgencyId() == null || mine.stream().noneMatch(a -> a.getId().equals(intakeForm.getAgencyId()))) {
			binding.rejectValue("agencyId", "apply.error.agency.required");
		}
		if (!binding.hasErrors()) {
			try {
				LocalDate submittedOn = intakeForm.getSubmittedOn() != null ? intakeForm.getSubmittedOn()
						: LocalDate.now(clock);
				var submission = intake.submit(intakeForm.getAgencyId(),
						new InformationRequest.Intake(intakeForm.getChannel(), submittedOn, intakeForm.getSignedForOn(),
								intakeForm.getConfirmedOn(), intakeForm.getReceiptNote()),
						intakeForm.draft(), "console:" + intakeForm.getToken(), uploads(files),
						Actor.staff(staff.id(), staff.username(), staff.displayName()));
				redirect.addFlashAttribute("notice", submission.replayed() ? "request.notice.replayed" : "request.notice.registered");
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

	@GetMapping("/console/requests/{id}")
	String showRequest(@PathVariable long id, Model model) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		InformationRequest request = handling.show(staff, id);
		CaseClock caseClock = handling.clockOf(request);
		model.addAttribute("request", request);
		model.addAttribute("clock", caseClock);
		model.addAttribute("documents", documents.of(id));
		model.addAttribute("history", history.of(id));
		model.addAttribute("agency", agencies.findById(request.getAgencyId()).orElseThrow());
		model.addAttribute("can", permissions(staff, request));
		model.addAttribute("handlers", handling.staffWith(request.getAgencyId(), Role.HANDLER));
		model.addAttribute("heads", handling.staffWith(request.getAgencyId(), Role.OFFICE_HEAD));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("defaultCorrectionTerm", properties.correctionTermDays());
		model.addAttribute("reviewChain", request.reviewChain());
		return "requests/console/case";
	}

	/** What the staff member may do on this application now: by its status and their roles in its agency. */
	static Map<String, Boolean> permissions(StaffPrincipal staff, InformationRequest request) {
		long agency = request.getAgencyId();
		boolean registrar = staff.holds(Role.REGISTRAR, agency);
		boolean handler = staff.holds(Role.HANDLER, agency) || staff.holds(Role.OFFICE_HEAD, agency);
		boolean head = staff.holds(Role.OFFICE_HEAD, agency);
		RequestStatus status = request.getStatus();
		boolean working = status == RequestStatus.IN_HANDLING || status == RequestStatus.IN_REVIEW
				|| status == RequestStatus.APPROVED;
		Map<String, Boolean> can = new LinkedHashMap<>();
		can.put("confirm", registrar && status == RequestStatus.SUBMITTED);
		can.put("correct", (registrar || handler) && status == RequestStatus.RECEIVED
				&& request.getCorrectionRequestedOn() == null && request.getRound() <= 1);
		can.put("corrected", (registrar || handler) && status == RequestStatus.AWAITING_CORRECTION);
		can.put("lapse", (registrar || handler) && status == RequestStatus.AWAITING_CORRECTION);
		can.put("accept", (registrar || head) && status == RequestStatus.RECEIVED);
		can.put("consult", handler && status == RequestStatus.IN_HANDLING);
		can.put("consultAnswer", handler && working);
		can.put("extend", (handler || head) && (status == RequestStatus.RECEIVED || working)
				&& request.getExtensionDays() == null);
		can.put("draft", handler && status == RequestStatus.IN_HANDLING);
		int level = request.pendingReviewLevel();
		can.put("review", level > 0 && staff.holds(request.reviewChain().get(level - 1), agency));
		can.put("answer", handler && status == RequestStatus.APPROVED);
		can.put("serve", handler && status == RequestStatus.ANSWERED);
		can.put("archive", handler && (status == RequestStatus.ANSWERED || status == RequestStatus.CLOSED));
		can.put("withdraw", (registrar || handler) && status.isOpen());
		can.put("split", (registrar || handler) && (status == RequestStatus.RECEIVED || status == RequestStatus.IN_HANDLING));
		can.put("repeat", (registrar || handler) && (status == RequestStatus.RECEIVED || status == RequestStatus.IN_HANDLING));
		can.put("upload", (registrar || handler) && status != RequestStatus.ARCHIVED);
		return can;
	}

	@PostMapping("/console/requests/{id}/{step}")
	String processStep(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> form,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		Integer version = form.get("version") == null || form.get("version").isBlank() ? null
				: Integer.valueOf(form.get("version"));
		try {
			switch (step) {
				case "confirm" -> handling.confirmReceipt(staff, id, version, date(form, "date"));
				case "dismiss" -> handling.dismiss(staff, id, version, form.get("reason"));
				case "correct" -> handling.requestCorrection(staff, id, version, form.get("matters"),
						integer(form, "termDays"), date(form, "issuedOn"));
				case "corrected" -> handling.receiveCorrection(staff, id, version, date(form, "date"));
				case "lapse" -> handling.closeForMissingCorrection(staff, id, version);
				case "accept" -> handling.accept(staff, id, version, required(longValue(form, "handlerId")));
				case "reassign" -> handling.reassign(staff, id, version, required(longValue(form, "handlerId")),
						form.get("reason"));
				case "consult" -> handling.consult(staff, id, version, ConsultationKind.valueOf(form.get("kind")),
						form.get("party"), date(form, "sentOn"));
				case "consult-answer" -> handling.recordConsultationAnswer(staff, id, version,
						required(integer(form, "number")), date(form, "answeredOn"), form.get("answer"));
				case "extend" -> handling.extend(staff, id, version, required(integer(form, "days")), form.get("reason"),
						longValue(form, "approverId"), date(form, "approvedOn"));
				case "draft" -> handling.draftReply(staff, id, version,
						form.get("outcome") == null || form.get("outcome").isBlank() ? null : Outcome.valueOf(form.get("outcome")),
						form.get("legalBasis"), form.get("text"));
				case "review" -> handling.review(staff, id, version, "approve".equals(form.get("decision")),
						form.get("comment"));
				case "answer" -> handling.answer(staff, id, version, date(form, "repliedOn"),
						form.get("delivery") == null || form.get("delivery").isBlank() ? null
								: DeliveryMethod.valueOf(form.get("delivery")));
				case "serve" -> handling.recordService(staff, id, version, date(form, "servedOn"));
				case "archive" -> handling.archive(staff, id, version);
				case "withdraw" -> handling.withdraw(staff, id, version, date(form, "withdrawnOn"), form.get("reason"));
				case "split" -> {
					List<InformationSought> parts = new ArrayList<>();
					for (String line : form.getOrDefault("parts", "").split("\\R")) {
						if (!line.isBlank()) {
							parts.add(new InformationSought(line.strip(), null, null, null, null));
						}
					}
					InformationRequest original = handling.show(staff, id);
					parts = parts.stream()
						.map(part -> new InformationSought(part.title(), null, null, original.getSought().formWanted(),
								original.getSought().deliveryWanted()))
						.toList();
					List<Long> created = handling.split(staff, id, version, parts);
					redirect.addFlashAttribute("splitInto", created);
				}
				case "repeat" -> handling.markRepeated(staff, id, version, required(longValue(form, "earlierId")));
				case "upload" -> {
					if (file == null || file.isEmpty()) {
						throw new RuleViolation("upload.empty", "请选择要上传的文件");
					}
					handling.attach(staff, id, DocumentKind.valueOf(form.getOrDefault("kind", "OTHER")),
							new UploadedFile(file.getOriginalFilename(), file.getBytes()));
				}
				default -> throw new RecordNotFound("操作", step);
			}
			redirect.addFlashAttribute("notice", "request.notice.done");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "request.error.concurrent");
		}
		catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
			redirect.addFlashAttribute("errorKey", "request.error.input");
		}
		return "redirect:/console/requests/" + id;
	}

	@GetMapping("/console/requests/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		var download = handling.download(staff, id, documentId);
		return Downloads.of(download.document(), download.content());
	}

	/** Lines per view of the deadline overview, and of one view shown alone. */
	static final int DEADLINE_SECTION = 50;

	static final int DEADLINE_VIEW = 200;

	/** The overview's views, by the name the template and links use, with the view's name in the API. */
	private static final Map<String, String> DEADLINE_GROUPS = Map.of("overdue", "overdue", "dueSoon", "due-soon",
			"paused", "paused");

	private static final List<String> DEADLINE_ORDER = List.of("overdue", "dueSoon", "paused");

	@GetMapping("/console/requests/deadlines")
	String showDeadlines(@RequestParam(required = false) Long agencyId, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String view, Model model) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		Set<Long> scope = AgencyScope.of(readable, agencyId);
		Long handler = mine ? staff.id() : null;
		LocalDate today = LocalDate.now(clock);
		List<String> groups = view != null && DEADLINE_GROUPS.containsKey(view) ? List.of(view) : DEADLINE_ORDER;
		// A region's overview would otherwise render thousands of lines; the most urgent come first, the rest on demand.
		int cap = groups.size() == 1 ? DEADLINE_VIEW : DEADLINE_SECTION;
		Map<String, List<ListLine>> lines = new LinkedHashMap<>();
		Map<String, Boolean> more = new LinkedHashMap<>();
		for (String group : groups) {
			List<RequestSearch.Row> rows = DeadlineViews.rows(DEADLINE_GROUPS.get(group), scope, handler, cap + 1, search,
					requestClock, today);
			more.put(group, rows.size() > cap);
			lines.put(group, ListLine.of(rows.size() > cap ? rows.subList(0, cap) : rows, requestClock, today));
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

	@GetMapping("/console/requests/statistics")
	String showStatistics(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year,
			Model model) {
		StaffPrincipal staff = AgencyAccess.currentStaff();
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		List<Agency> choices = agencyChoices(readable);
		if (choices.isEmpty()) {
			throw new RecordNotFound("机关", agencyId);
		}
		long chosen = agencyId != null && readable.contains(agencyId) ? agencyId : choices.get(0).getId();
		int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("table", statistics.forYear(chosen, chosenYear));
		model.addAttribute("agencyChoices", choices);
		model.addAttribute("agencyId", chosen);
		model.addAttribute("year", chosenYear);
		model.addAttribute("rowKeys", RequestStatistics.ROW_KEYS);
		model.addAttribute("columns", ApplicantType.values());
		return "requests/console/statistics";
	}

	private List<Agency> registrarAgencies(StaffPrincipal staff) {
		return agencies.findAllById(staff.agenciesWith(Role.REGISTRAR))
			.stream()
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private List<Agency> agencyChoices(Set<Long> readable) {
		return agencies.findAllById(readable)
			.stream()
			.filter(agency -> agency.getKind() == AgencyKind.AGENCY)
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private List<Actor> handlerChoices(Set<Long> readable) {
		return handling.staffWith(readable, Role.HANDLER);
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

	private static LocalDate date(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null || value.isBlank() ? null : LocalDate.parse(value);
	}

	private static Integer integer(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
	}

	private static Long longValue(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
	}

	private static <T> T required(T value) {
		if (value == null) {
			throw new IllegalArgumentException("缺少必填项");
		}
		return value;
	}

}
