package org.gongkai.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.reports.AnnualReport;
import org.gongkai.reports.AnnualReportDocuments;
import org.gongkai.reports.AnnualReports;
import org.gongkai.reports.ReportJson;
import org.gongkai.shared.ChineseFonts;
import org.gongkai.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published annual reports as open data, no token: the list with links to every
 * format, each report as JSON (docs/report-json.md), DOCX, XLSX and PDF, and the JSON
 * Schema the JSON follows.
 */
@RestController
class AnnualReportApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReports reports;

	private final ChineseFonts fonts;

	AnnualReportApiController(AnnualReports reports, ChineseFonts fonts) {
		this.reports = reports;
		this.fonts = fonts;
	}

	/** A published report in the list. */
	record AnnualReportListedJson(AnnualReportAgencyJson agency, int year, int version, String publishedAt,
			AnnualReportLinksJson links) {
	}

	/** The agency of a report. */
	record AnnualReportAgencyJson(long id, String name) {
	}

	/** Where each format of a report is. */
	record AnnualReportLinksJson(String page, String json, String docx, String xlsx, String pdf, String schema) {

		static AnnualReportLinksJson of(long agencyId, int year) {
			String base = "/api/v1/annual-reports/" + agencyId + "/" + year;
			return new AnnualReportLinksJson("/annual-reports/" + agencyId + "/" + year, base + ".json", base + ".docx",
					base + ".xlsx", base + ".pdf", "/api/v1/annual-reports/schema.json");
		}

	}

	@Operation(summary = "已公开的年度报告列表（各机关、年度及各格式下载链接）")
	@GetMapping("/api/v1/annual-reports")
	List<AnnualReportListedJson> list(@RequestParam(required = false) Long agency) {
		return this.reports.publishedReports(agency)
			.stream()
			.map(published -> new AnnualReportListedJson(
					new AnnualReportAgencyJson(published.agencyId(), published.agency()), published.year(),
					published.versionNo(), published.publishedAt().toString(),
					AnnualReportLinksJson.of(published.agencyId(), published.year())))
			.toList();
	}

	@Operation(summary = "下载年度报告 JSON")
	@GetMapping(path = "/api/v1/annual-reports/{agencyId}/{year}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> json(@PathVariable long agencyId, @PathVariable int year) {
		return download(ReportJson.report(published(agencyId, year)).getBytes(StandardCharsets.UTF_8),
				MediaType.APPLICATION_JSON, agencyId + "-" + year + ".json");
	}

	@Operation(summary = "下载年度报告 Word 文档")
	@GetMapping("/api/v1/annual-reports/{agencyId}/{year}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long agencyId, @PathVariable int year) {
		return download(AnnualReportDocuments.docx(published(agencyId, year)), DOCX, agencyId + "-" + year + ".docx");
	}

	@Operation(summary = "下载年度报告表格（Excel）")
	@GetMapping("/api/v1/annual-reports/{agencyId}/{year}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long agencyId, @PathVariable int year) {
		return download(AnnualReportDocuments.xlsx(published(agencyId, year)), XLSX, agencyId + "-" + year + ".xlsx");
	}

	@Operation(summary = "下载年度报告 PDF")
	@GetMapping("/api/v1/annual-reports/{agencyId}/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long agencyId, @PathVariable int year) {
		return download(AnnualReportDocuments.pdf(published(agencyId, year), this.fonts), MediaType.APPLICATION_PDF,
				agencyId + "-" + year + ".pdf");
	}

	@Operation(summary = "年度报告 JSON 的 JSON Schema")
	@GetMapping(path = "/api/v1/annual-reports/schema.json", produces = "application/schema+json")
	ResponseEntity<byte[]> schema() {
		try (InputStream in = getClass().getResourceAsStream("/reports/annual-report.schema.json")) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/schema+json"))
				.body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private AnnualReport published(long agencyId, int year) {
		AnnualReports.Version version = this.reports.published(agencyId, year)
			.orElseThrow(() -> new RecordNotFound("年度报告", agencyId + "/" + year));
		return this.reports.show(agencyId, year, version).compiled().report();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
