package org.gongkai.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.reports.AnnualReportDocuments;
import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.Finding;
import org.gongkai.reports.ReportSupervision;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Zones;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of the annual report: an agency's report of a year with the findings
 * of the rules beside its tables, the editor of sections 一, 五 and 六 with the workflow
 * (start, submit, return, sign off with a reason per warning, publish, correct with a
 * reason), and the supervising office's status page of its agencies. The role rules are
 * those of {@link AnnualReports}; a refusal is shown on the page.
 */
@Controller
class AnnualReportWorkController {

	private static final String PAGE = "redirect:/console/annual-reports/%d/%d";

	private final AnnualReports reports;

	private final ReportSupervision supervision;

	private final AgencyAccess access;

	private final Clock clock;

	AnnualReportWorkController(AnnualReports reports, ReportSupervision supervision, AgencyAccess access, Clock clock) {
		this.reports = reports;
		this.supervision = supervision;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/console/annual-reports/{agencyId}/{year}")
	String report(@PathVariable long agencyId, @PathVariable int year, @AuthenticationPrincipal StaffPrincipal staff,
			Model model) {
		this.access.checkReadable(staff, agencyId, "机关", agencyId);
		AnnualReports.Version version = this.reports.latest(agencyId, year).orElse(null);
		AnnualReports.Shown shown = this.reports.show(agencyId, year, version);
		List<Finding> findings = shown.compiled().findings();
		List<String> numerals = List.of("一、", "二、", "三、", "四、", "五、", "六、");
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("year", year);
		model.addAttribute("version", version);
		model.addAttribute("report", shown.compiled().report());
		model.addAttribute("title", AnnualReportDocuments.title(shown.compiled().report()));
		model.addAttribute("tableTwo", AnnualReportDocuments.tableTwo(shown.compiled().report()));
		model.addAttribute("tableThree", AnnualReportDocuments.tableThree(shown.compiled().report()));
		model.addAttribute("tableFour", AnnualReportDocuments.tableFour(shown.compiled().report()));
		AnnualReport report = shown.compiled().report();
		model.addAttribute("marksTwo",
				CellMarks.of(shown.compiled(), "二", AnnualReportDocuments.tableTwoKeys(report), null));
		model.addAttribute("marksThree",
				CellMarks.of(shown.compiled(), "三", AnnualReportDocuments.tableThreeKeys(report), null));
		model.addAttribute("marksFour",
				CellMarks.of(shown.compiled(), "四", AnnualReportDocuments.tableFourKeys(report), null));
		model.addAttribute("findings", findings);
		model.addAttribute("warningKeys", findings.stream().map(AnnualReports::warningKey).toList());
		model.addAttribute("numerals", numerals);
		List<AppealStatistics.LockedYearEntry> flagged = this.reports.correctionsCalledFor(agencyId, year);
		model.addAttribute("flagged", flagged);
		model.addAttribute("flaggedReason",
				String.join("；", flagged.stream().map(AppealStatistics.LockedYearEntry::summary).toList()));
		boolean editable = version != null && version.state() == AnnualReports.State.DRAFT;
		model.addAttribute("editable", editable);
		model.addAttribute("maySumSubordinates", editable && this.reports.maySumSubordinates(agencyId));
		return "reports/annual/console";
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/start")
	String start(@PathVariable long agencyId, @PathVariable int year, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.start(staff, agencyId, year));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/sections/{number}")
	String edit(@PathVariable long agencyId, @PathVariable int year, @PathVariable int number,
			@RequestParam String text, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.edit(staff, agencyId, year, number, text));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/subordinates")
	String includeSubordinates(@PathVariable long agencyId, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean include, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.includeSubordinates(staff, agencyId, year, include));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/submit")
	String submit(@PathVariable long agencyId, @PathVariable int year, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.submit(staff, agencyId, year));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/return")
	String returnToDraft(@PathVariable long agencyId, @PathVariable int year,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.returnToDraft(staff, agencyId, year));
	}

	/**
	 * Signs off with the reasons of the warnings, posted as {@code reason[i]} beside
	 * {@code key[i]}.
	 */
	@PostMapping("/console/annual-reports/{agencyId}/{year}/sign-off")
	String signOff(@PathVariable long agencyId, @PathVariable int year,
			@RequestParam(name = "key", required = false) List<String> keys,
			@RequestParam(name = "reason", required = false) List<String> reasons,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		Map<String, String> byKey = new HashMap<>();
		if (keys != null && reasons != null) {
			for (int i = 0; i < Math.min(keys.size(), reasons.size()); i++) {
				byKey.put(keys.get(i), reasons.get(i));
			}
		}
		return act(agencyId, year, redirect, () -> this.reports.signOff(staff, agencyId, year, byKey));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/publish")
	String publish(@PathVariable long agencyId, @PathVariable int year, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.publish(staff, agencyId, year));
	}

	@PostMapping("/console/annual-reports/{agencyId}/{year}/correct")
	String correct(@PathVariable long agencyId, @PathVariable int year, @RequestParam String reason,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return act(agencyId, year, redirect, () -> this.reports.correct(staff, agencyId, year, reason));
	}

	@GetMapping("/console/annual-reports/supervision/{regionId}/{year}")
	String supervision(@PathVariable long regionId, @PathVariable int year,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		this.access.checkReadable(staff, regionId, "地区", regionId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Zones.BEIJING);
		model.addAttribute("regionId", regionId);
		model.addAttribute("year", year);
		model.addAttribute("deadline", this.supervision.deadline(regionId, year));
		List<ReportSupervision.AgencyStatus> statuses = this.supervision.statuses(regionId, year, today);
		model.addAttribute("statuses", statuses);
		model.addAttribute("lateList",
				statuses.stream().filter(row -> row.status() == ReportSupervision.Status.LATE).toList());
		return "reports/annual/supervision";
	}

	/**
	 * Runs a workflow step and returns to the report, with the refusal's message if
	 * refused.
	 */
	private static String act(long agencyId, int year, RedirectAttributes redirect, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("done", true);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return PAGE.formatted(agencyId, year);
	}

}
