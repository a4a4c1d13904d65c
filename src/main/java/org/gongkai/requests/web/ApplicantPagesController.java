package org.gongkai.requests.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.requests.Actor;
import org.gongkai.requests.ApplicantCorrections;
import org.gongkai.requests.ApplicantTracking;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.ApplicationReceipts;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestsProperties;
import org.gongkai.shared.IdempotencyKeys;
import org.gongkai.shared.FormErrors;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Downloads;
import org.gongkai.shared.UploadRefusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The applicant's pages, without sign-in: the online application form (/apply) with its
 * confirmation, and the tracking page (/track) that shows one's own application after
 * verification and serves its documents.
 */
@Controller
class ApplicantPagesController {

	/** The session attribute holding the application the visitor proved to be theirs. */
	static final String TRACKED = "requests.tracked";

	/**
	 * The session attribute holding the applications submitted in this session, by
	 * tracking code: their confirmation page and receipt, with the access code, open to
	 * this session only.
	 */
	static final String SUBMITTED = "requests.submitted";

	/** The refusals of a correction that the tracking page words itself. */
	static final List<String> KNOWN_REFUSALS = List.of(ApplicantCorrections.TERM_PASSED,
			ApplicantCorrections.ALREADY_RECEIVED, ApplicantCorrections.NOT_REQUESTED);

	/** The most submissions a session remembers for their confirmation pages. */
	static final int MAX_SUBMITTED = 10;

	/** An application submitted in this session, as its confirmation page shows it. */
	record Submitted(long requestId, String trackingCode, String accessCode, String agencyName, boolean mailed,
			String email) implements Serializable {
	}

	private final RequestIntake intake;

	private final ApplicantTracking tracking;

	private final Agencies agencies;

	private final RequestsProperties properties;

	private final ApplicantCorrections corrections;

	private final ApplicationReceipts receipts;

	private final Clock clock;

	ApplicantPagesController(RequestIntake intake, ApplicantTracking tracking, Agencies agencies,
			RequestsProperties properties, ApplicantCorrections corrections, ApplicationReceipts receipts,
			Clock clock) {
		this.intake = intake;
		this.tracking = tracking;
		this.agencies = agencies;
		this.properties = properties;
		this.corrections = corrections;
		this.receipts = receipts;
		this.clock = clock;
	}

	@ModelAttribute("enums")
	Map<String, Object> enums() {
		return Map.of("applicantTypes", ApplicantType.values(), "idTypes", IdDocumentType.values(), "forms",
				FormWanted.values(), "deliveries", DeliveryMethod.values());
	}

	@GetMapping("/apply")
	String initApplyForm(@RequestParam(required = false) Long agencyId, Model model) {
		if (agencyId == null) {
			model.addAttribute("agencies", disclosingAgencies());
			return "requests/public/agencies";
		}
		IntakeForm form = new IntakeForm();
		form.setAgencyId(agencyId);
		form.setToken(UUID.randomUUID().toString());
		model.addAttribute("applyForm", form);
		return applyPage(agencyId, model);
	}

	/**
	 * The choices of the public form, each of which must be sent: a missing one is a
	 * field error rather than the form object's default, and one outside its list a
	 * {@code typeMismatch.applyForm.*} error.
	 */
	static final Map<String, String> CHOICES = Map.of("applicantType", "apply.error.applicantType.required", "idType",
			"apply.error.idType.required", "formWanted", "apply.error.formWanted.required", "deliveryWanted",
			"apply.error.delivery.required");

	@PostMapping("/apply")
	String processApplyForm(@ModelAttribute("applyForm") IntakeForm applyForm, BindingResult binding,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "powerOfAttorney", required = false) MultipartFile powerOfAttorney,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
			throws IOException {
		if (binding.hasFieldErrors("agencyId")) {
			throw new RecordNotFound("机关", String.valueOf(binding.getFieldError("agencyId").getRejectedValue()));
		}
		if (applyForm.getAgencyId() == null) {
			return "redirect:/apply";
		}
		if (applyForm.getToken() == null || applyForm.getToken().isBlank()) {
			applyForm.setToken(UUID.randomUUID().toString());
		}
		CHOICES.forEach((choice, missing) -> {
			if (request.getParameter(choice) == null) {
				binding.rejectValue(choice, missing);
			}
		});
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return applyPage(applyForm.getAgencyId(), model);
		}
		try {
			var submission = intake.submit(applyForm.getAgencyId(),
					new InformationRequest.Intake(Channel.ONLINE, LocalDate.now(clock), null, null, null),
					applyForm.draft(), IdempotencyKeys.scoped("form", "form", applyForm.getToken()),
					RequestConsoleController.uploads(files), RequestConsoleController.upload(powerOfAttorney),
					Actor.PUBLIC);
			String code = submission.reference().trackingCode();
			remember(request.getSession(), new Submitted(submission.reference().id(), code, submission.accessCode(),
					agencyName(applyForm.getAgencyId()), submission.mailed(), applyForm.getEmail()));
			// Post/redirect/get to a page addressed by the tracking code: a refresh shows
			// the
			// codes again, and the access code stays out of URLs and logs.
			redirect.addAttribute("code", code);
			// Flash attributes too, for the one page after (kept in the session as well).
			redirect.addFlashAttribute("trackingCode", code);
			redirect.addFlashAttribute("accessCode", submission.accessCode());
			return "redirect:/apply/done/{code}";
		}
		catch (InvalidInput e) {
			FormErrors.reject(binding, e);
		}
		catch (RuleViolation e) {
			FormErrors.reject(binding, e);
		}
		return applyPage(applyForm.getAgencyId(), model);
	}

	@GetMapping("/apply/done")
	String showConfirmation() {
		return "redirect:/track";
	}

	/**
	 * The confirmation of an application submitted in this session; in another session
	 * (or after it ended) the tracking page with the code filled in.
	 */
	@GetMapping("/apply/done/{code}")
	String showConfirmation(@PathVariable String code, HttpSession session, Model model, RedirectAttributes redirect) {
		Submitted submitted = submitted(session, code);
		if (submitted == null) {
			redirect.addAttribute("trackingCode", code);
			return "redirect:/track";
		}
		model.addAttribute("submitted", submitted);
		model.addAttribute("status", tracking.statusOf(submitted.requestId()));
		return "requests/public/done";
	}

	/** The 申请回执 as PDF, for the session that submitted the application. */
	@GetMapping("/apply/done/{code}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String code, HttpSession session, Locale locale) {
		Submitted submitted = submitted(session, code);
		if (submitted == null) {
			throw new RecordNotFound("申请回执", code);
		}
		byte[] pdf = receipts.pdf(submitted.requestId(), submitted.accessCode(), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"receipt-" + submitted.trackingCode()
							+ ".pdf\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E5%9B%9E%E6%89%A7-"
							+ submitted.trackingCode() + ".pdf")
			.body(pdf);
	}

	@GetMapping("/track")
	String initTrackForm(@RequestParam(required = false) String trackingCode, Model model) {
		if (trackingCode != null && trackingCode.length() <= 30) {
			model.addAttribute("trackingCode", trackingCode.strip());
		}
		return "requests/public/track";
	}

	@PostMapping("/track")
	String processTrackForm(@RequestParam(defaultValue = "") String trackingCode,
			@RequestParam(defaultValue = "") String verification, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		// The session exists before verification, so that its id can be changed after.
		try {
			ApplicantTracking.Status status = tracking.look(trackingCode, verification, request.getRemoteAddr());
			// A new session id once the visitor proved the application theirs: an id
			// planted
			// before (session fixation) no longer opens it.
			request.changeSessionId();
			request.getSession().setAttribute(TRACKED, status.requestId());
			return "redirect:/track/status";
		}
		catch (ApplicantTracking.NotVerified e) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("errorKey", "track.error.notVerified");
		}
		catch (ApplicantTracking.TooManyAttempts e) {
			response.setStatus(429);
			model.addAttribute("errorKey", "track.error.tooMany");
			model.addAttribute("minutes", properties.tracking().window().toMinutes());
		}
		model.addAttribute("trackingCode", trackingCode);
		return "requests/public/track";
	}

	@GetMapping("/track/status")
	String showStatus(HttpSession session, Model model) {
		Long id = (Long) session.getAttribute(TRACKED);
		if (id == null) {
			return "redirect:/track";
		}
		model.addAttribute("status", tracking.statusOf(id));
		return "requests/public/status";
	}

	/**
	 * The applicant's correction (补正) online: received as the staff step 收到补正, the reply
	 * period running anew from today (Article 30).
	 */
	@PostMapping("/track/correction")
	String processCorrection(@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		Long id = (Long) session.getAttribute(TRACKED);
		if (id == null) {
			return "redirect:/track";
		}
		try {
			corrections.submit(id, text, RequestConsoleController.uploads(files));
			redirect.addFlashAttribute("corrected", true);
			return "redirect:/track/status";
		}
		catch (UploadRefusal e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("correctionError", "track.correction.error.upload");
			model.addAttribute("correctionDetail", e.getMessage());
		}
		catch (RuleViolation e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			boolean known = KNOWN_REFUSALS.contains(e.code());
			model.addAttribute("correctionError", "track.correction.error." + (known ? e.code() : "other"));
			model.addAttribute("correctionDetail", known ? null : e.getMessage());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("correctionError",
					e.problems().isEmpty() ? "track.correction.error.empty" : e.problems().get(0).code());
		}
		model.addAttribute("correctionText", text);
		model.addAttribute("status", tracking.statusOf(id));
		return "requests/public/status";
	}

	@GetMapping("/track/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long documentId, HttpSession session) {
		Long id = (Long) session.getAttribute(TRACKED);
		if (id == null) {
			throw new RecordNotFound("文件", documentId);
		}
		var download = tracking.downloadFor(id, documentId);
		return Downloads.attachment(download.document().filename(), download.document().contentType(),
				download.content());
	}

	@PostMapping("/track/leave")
	String leave(HttpSession session) {
		session.removeAttribute(TRACKED);
		return "redirect:/track";
	}

	@SuppressWarnings("unchecked")
	private static Submitted submitted(HttpSession session, String code) {
		Object held = session.getAttribute(SUBMITTED);
		return held instanceof Map<?, ?> map ? ((Map<String, Submitted>) map).get(code) : null;
	}

	@SuppressWarnings("unchecked")
	private static void remember(HttpSession session, Submitted submitted) {
		Object held = session.getAttribute(SUBMITTED);
		LinkedHashMap<String, Submitted> map = held instanceof LinkedHashMap<?, ?> found
				? new LinkedHashMap<>((Map<String, Submitted>) found) : new LinkedHashMap<>();
		// A double submission replays the first: the email the first sent stays said.
		map.merge(submitted.trackingCode(), submitted, (before, now) -> before.mailed() ? before : now);
		while (map.size() > MAX_SUBMITTED) {
			map.remove(map.keySet().iterator().next());
		}
		// Set anew, so that a session store persists the change.
		session.setAttribute(SUBMITTED, map);
	}

	private String applyPage(long agencyId, Model model) {
		Agency agency = agencies.findById(agencyId)
			.filter(found -> found.getKind() != AgencyKind.REGION)
			.orElseThrow(() -> new RecordNotFound("机关", agencyId));
		model.addAttribute("agency", agency);
		model.addAttribute("maxFiles", properties.attachments().maxFiles());
		model.addAttribute("maxMegabytes", properties.attachments().maxSize().toMegabytes());
		return "requests/public/apply";
	}

	private List<Agency> disclosingAgencies() {
		// The supervising office (政务公开办) receives applications too (issue 14).
		return Stream
			.concat(agencies.findByKindOrderByName(AgencyKind.AGENCY).stream(),
					agencies.findByKindOrderByName(AgencyKind.SUPERVISING_OFFICE).stream())
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
	}

	private String agencyName(long agencyId) {
		return agencies.findById(agencyId).map(Agency::getName).orElse("");
	}

}
