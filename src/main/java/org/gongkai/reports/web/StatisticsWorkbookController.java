package org.gongkai.reports.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.reports.StatisticsWorkbook;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.shared.RecordNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The download of tables 三 and 四 of one agency and year in the national layout, linked
 * from the console's statistics pages; it lives here because only the annual report may
 * read both the applications' and the appeals' figures.
 */
@RestController
class StatisticsWorkbookController {

	private final RequestStatistics requests;

	private final AppealStatistics appeals;

	private final Agencies agencies;

	private final AgencyAccess access;

	StatisticsWorkbookController(RequestStatistics requests, AppealStatistics appeals, Agencies agencies,
			AgencyAccess access) {
		this.requests = requests;
		this.appeals = appeals;
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/console/annual-reports/tables/{agencyId}/{year}.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long agencyId, @PathVariable int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		this.access.checkReadable(staff, agencyId, "机关", agencyId);
		AppealStatistics.checkYear(year);
		String name = this.agencies.findById(agencyId)
			.map(Agency::getName)
			.orElseThrow(() -> new RecordNotFound("机关", agencyId));
		byte[] body = StatisticsWorkbook.xlsx(name, this.requests.forYear(agencyId, year),
				this.appeals.forYear(agencyId, year));
		return ResponseEntity.ok()
			.contentType(AnnualReportApiController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("tables-" + agencyId + "-" + year + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
