package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNoticeLetters;
import org.gongkai.fees.FeeNotices;
import org.gongkai.fees.FeeNotices.Standing;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's fee notices: each agency's notices with where they stand (issued, served
 * and awaiting payment, overdue and unpaid, paid), and a notice's page where the agency's
 * handlers, registrars and office head record its service (the day the applicant received
 * it and how) and its payment (amount, day, receipt number), each once. A form carries
 * the version it was shown at; a refusal re-shows the page with the rule's code and
 * nothing changed (400 for input, 409 for a rule or a stale version).
 */
@Controller
class FeeNoticeConsoleController {

	private final FeeNoticeDesk desk;

	private final MessageSource messages;

	FeeNoticeConsoleController(FeeNoticeDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	/**
	 * A refusal as the page shows it.
	 *
	 * @param code the rule's code
	 * @param message what is wrong, in the page's language
	 */
	record Refusal(String code, String message) {
	}

	@GetMapping("/console/fees/notices")
	String showNotices(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) String status, Model model) {
		List<Agency> readable = desk.readableAgencies(staff);
		Agency chosen = agency == null ? readable.stream().findFirst().orElse(null)
				: desk.readableAgency(staff, agency);
		model.addAttribute("agencies", readable);
		model.addAttribute("agency", chosen);
		model.addAttribute("statuses", FeeNotice.Status.values());
		model.addAttribute("status", FeeNoticeDesk.status(status));
		if (chosen != null) {
			List<Standing> all = desk.list(staff, chosen.getId(), null);
			Map<FeeNotice.Status, Long> counts = new EnumMap<>(FeeNotice.Status.class);
			for (FeeNotice.Status each : FeeNotice.Status.values()) {
				counts.put(each, all.stream().filter(standing -> standing.status() == each).count());
			}
			FeeNotice.Status filter = FeeNoticeDesk.status(status);
			model.addAttribute("counts", counts);
			List<Standing> shown = filter == null ? all
					: all.stream().filter(standing -> standing.status() == filter).toList();
			model.addAttribute("notices", shown);
			model.addAttribute("caseNumbers", desk.caseNumbers(shown));
			model.addAttribute("limit", FeeNotices.LIST_LIMIT);
		}
		return "fees/notices";
	}

	@GetMapping("/console/fees/notices/{id}")
	String showNotice(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
		return page(staff, desk.get(staff, id), model);
	}

	/**
	 * The fee-notice step from an application's page: the notice and its 收费通知书 in one
	 * click, then the notice's page; a refusal goes back to the application with the
	 * rule.
	 */
	@PostMapping("/console/fees/notices")
	String processIssueForm(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam long requestId,
			@RequestParam(required = false) String basis, @RequestParam(required = false) Integer pages,
			@RequestParam(required = false) String paymentInstructions, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			FeeNoticeLetters.Issued issued = desk.issue(staff, requestId, basis, pages, paymentInstructions);
			redirect.addFlashAttribute("done", "fee.notice.issued");
			return "redirect:/console/fees/notices/" + issued.notice().id();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error",
					ex.problems()
						.stream()
						.map(problem -> messages.getMessage(problem.code(), problem.args().toArray(),
								problem.message() != null ? problem.message() : problem.code(), locale))
						.collect(Collectors.joining("；")));
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/console/requests/" + requestId + "#fee-heading";
	}

	@PostMapping("/console/fees/notices/{id}/service")
	String processServiceForm(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
			@RequestParam(required = false) Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String method, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return record(staff, id, model, response, redirect, "fee.notice.served",
				() -> desk.recordService(staff, id, version, receivedOn, method));
	}

	@PostMapping("/console/fees/notices/{id}/payment")
	String processPaymentForm(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) BigDecimal amountYuan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String receiptNumber, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return record(staff, id, model, response, redirect, "fee.notice.paid",
				() -> desk.recordPayment(staff, id, version, new FeeNotice.Payment(amountYuan, paidOn, receiptNumber)));
	}

	private String record(StaffPrincipal staff, long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Runnable action) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Refusal> refusals = new ArrayList<>();
		HttpStatus status;
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
			return "redirect:/console/fees/notices/" + id;
		}
		catch (InvalidInput ex) {
			status = HttpStatus.BAD_REQUEST;
			for (InvalidInput.FieldProblem problem : ex.problems()) {
				String fallback = problem.message() != null ? problem.message() : problem.code();
				refusals.add(new Refusal(problem.code(),
						messages.getMessage(problem.code(), problem.args().toArray(), fallback, locale)));
			}
		}
		catch (RuleViolation ex) {
			status = HttpStatus.CONFLICT;
			refusals.add(new Refusal(ex.code(), ex.getMessage()));
		}
		catch (OptimisticLockingFailureException ex) {
			status = HttpStatus.CONFLICT;
			refusals.add(new Refusal("stale-version", messages.getMessage("fee.notice.stale", null, locale)));
		}
		response.setStatus(status.value());
		model.addAttribute("refusals", refusals);
		return page(staff, desk.get(staff, id), model);
	}

	private String page(StaffPrincipal staff, Standing standing, Model model) {
		model.addAttribute("standing", standing);
		model.addAttribute("notice", standing.notice());
		model.addAttribute("caseNumber", desk.caseNumber(standing.notice().requestId()));
		model.addAttribute("issuerName", desk.staffName(standing.notice().issuedBy()));
		model.addAttribute("agency", desk.readableAgency(staff, standing.notice().agencyId()));
		model.addAttribute("mayRecord", desk.mayRecord(staff, standing.notice().agencyId()));
		return "fees/notice";
	}

}
