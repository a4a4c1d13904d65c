package org.gongkai.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.reports.ReportSupervision;
import org.gongkai.reports.SupervisionWorkbook;
import org.gongkai.shared.Zones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervising office's export of a year (Articles 49 and 50): each agency's report
 * status and the region table, as XLSX, for staff who may read the region.
 */
@RestController
class AnnualReportConsoleController {

	private final ReportSupervision supervision;

	private final AgencyAccess access;

	private final Clock clock;

	AnnualReportConsoleController(ReportSupervision supervision, AgencyAccess access, Clock clock) {
		this.supervision = supervision;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/console/annual-reports/supervision/{regionId}/{year}.xlsx")
	ResponseEntity<byte[]> exportSupervision(@PathVariable long regionId, @PathVariable int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		this.access.checkReadable(staff, regionId, "地区", regionId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Zones.BEIJING);
		byte[] body = SupervisionWorkbook.xlsx(this.supervision.statuses(regionId, year, today),
				this.supervision.regionTable(regionId, year));
		return ResponseEntity.ok()
			.contentType(AnnualReportApiController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("region-" + regionId + "-" + year + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
