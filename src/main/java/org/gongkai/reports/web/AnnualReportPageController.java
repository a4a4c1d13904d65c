package org.gongkai.reports.web;

import java.util.List;

import org.gongkai.reports.AnnualReportDocuments;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.Finding;
import org.gongkai.reports.ReportCompiler;
import org.gongkai.shared.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 年报 column: the published annual reports of an agency (or all) and each
 * report in the national layout, with links to its JSON, DOCX and XLSX.
 */
@Controller
class AnnualReportPageController {

	private final AnnualReports reports;

	AnnualReportPageController(AnnualReports reports) {
		this.reports = reports;
	}

	/** A warning of a published report with the reason recorded at sign-off. */
	record Warning(Finding finding, String reason) {
	}

	@GetMapping("/annual-reports")
	String showList(@RequestParam(required = false) Long agency, Model model) {
		List<AnnualReports.Published> published = this.reports.publishedReports(agency);
		model.addAttribute("reports", published);
		return "reports/annual/list";
	}

	@GetMapping("/annual-reports/{agencyId}/{year}")
	String showReport(@PathVariable long agencyId, @PathVariable int year,
			@RequestParam(required = false) Integer version, Model model) {
		AnnualReports.Version shown = (version == null)
				? this.reports.published(agencyId, year)
					.orElseThrow(() -> new RecordNotFound("年度报告", agencyId + "/" + year))
				: this.reports.version(agencyId, year, version);
		if (shown.state() != AnnualReports.State.PUBLISHED && shown.state() != AnnualReports.State.SUPERSEDED) {
			throw new RecordNotFound("年度报告", agencyId + "/" + year);
		}
		ReportCompiler.Compiled compiled = this.reports.show(agencyId, year, shown).compiled();
		model.addAttribute("version", shown);
		model.addAttribute("versions", this.reports.versions(agencyId, year)
			.stream()
			.filter(v -> v.state() == AnnualReports.State.PUBLISHED || v.state() == AnnualReports.State.SUPERSEDED)
			.toList());
		model.addAttribute("report", compiled.report());
		model.addAttribute("title", AnnualReportDocuments.title(compiled.report()));
		model.addAttribute("tableTwo", AnnualReportDocuments.tableTwo(compiled.report()));
		model.addAttribute("tableThree", AnnualReportDocuments.tableThree(compiled.report()));
		model.addAttribute("tableFour", AnnualReportDocuments.tableFour(compiled.report()));
		// A published report has no error; its warnings are shown with the reasons
		// recorded at sign-off.
		List<Finding> warnings = compiled.findings().stream().filter(finding -> !finding.isError()).toList();
		ReportCompiler.Compiled shownWarnings = new ReportCompiler.Compiled(compiled.report(), compiled.fields(),
				warnings);
		model.addAttribute("warnings",
				warnings.stream()
					.map(finding -> new Warning(finding, shown.warningReasons().get(AnnualReports.warningKey(finding))))
					.toList());
		model.addAttribute("marksTwo", CellMarks.of(shownWarnings, "二",
				AnnualReportDocuments.tableTwoKeys(compiled.report()), shown.warningReasons()));
		model.addAttribute("marksThree", CellMarks.of(shownWarnings, "三",
				AnnualReportDocuments.tableThreeKeys(compiled.report()), shown.warningReasons()));
		model.addAttribute("marksFour", CellMarks.of(shownWarnings, "四",
				AnnualReportDocuments.tableFourKeys(compiled.report()), shown.warningReasons()));
		model.addAttribute("base", "/api/v1/annual-reports/" + agencyId + "/" + year);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("numerals", List.of("一、", "二、", "三、", "四、", "五、", "六、"));
		return "reports/annual/report";
	}

}
