package org.gongkai.reports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.reports.CheckResult;
import org.gongkai.reports.ReportChecker;
import org.gongkai.shared.Downloads;
import org.gongkai.shared.UploadRefusal;
import org.gongkai.shared.Uploads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report checker's pages: the public one for researchers ({@code /reports/check}) and
 * the console's ({@code /console/reports/check}). Upload one or many reports (or zips of
 * them), see the findings beside the marked cells, export all findings as CSV or XLSX.
 */
@Controller
class ReportCheckController {

	static final int MAX_FILES = 200;

	private final ReportChecker checker = new ReportChecker();

	@GetMapping({ "/reports/check", "/console/reports/check" })
	String showChecker(HttpServletRequest request, Model model) {
		model.addAttribute("console", request.getRequestURI().startsWith("/console"));
		return "reports/check";
	}

	@PostMapping(path = { "/reports/check", "/console/reports/check" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String processUpload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			HttpServletRequest request, Model model) throws IOException {
		model.addAttribute("console", request.getRequestURI().startsWith("/console"));
		List<CheckResult> results = check(files);
		model.addAttribute("results", results.stream().map(CheckView::of).toList());
		model.addAttribute("unreadable", results.stream().filter(CheckResult::unreadable).count());
		model.addAttribute("withErrors", results.stream().filter(CheckResult::hasErrors).count());
		return "reports/check";
	}

	@PostMapping(path = { "/reports/check/export", "/console/reports/check/export" },
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> export(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "format", defaultValue = "csv") String format) throws IOException {
		List<CheckResult> results = check(files);
		if (format.equals("xlsx")) {
			return Downloads.attachment("findings.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FindingsExport.xlsx(results));
		}
		return Downloads.attachment("findings.csv", "text/csv;charset=UTF-8", FindingsExport.csv(results));
	}

	private List<CheckResult> check(List<MultipartFile> files) throws IOException {
		List<MultipartFile> uploaded = (files == null) ? List.of()
				: files.stream().filter(file -> !file.isEmpty() || !file.getOriginalFilename().isBlank()).toList();
		if (uploaded.isEmpty()) {
			throw new UploadRefusal(UploadRefusal.Reason.EMPTY, "请选择要检查的年度报告文件");
		}
		Uploads.checkCount(uploaded.size(), MAX_FILES);
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (MultipartFile file : uploaded) {
			String name = Uploads.safeName(file.getOriginalFilename(), "report");
			String unique = name;
			for (int n = 2; contents.containsKey(unique); n++) {
				unique = name + " (" + n + ")";
			}
			contents.put(unique, file.getBytes());
		}
		return this.checker.check(contents);
	}

}
