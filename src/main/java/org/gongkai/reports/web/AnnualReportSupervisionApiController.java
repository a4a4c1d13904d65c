package org.gongkai.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.reports.ReportSupervision;
import org.gongkai.shared.Zones;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervising office's view of a year's annual reports through the API (Articles 49
 * and 50): each agency's status with its deadline, and the late list (past the deadline
 * without a published report). For staff who may read the region.
 */
@RestController
class AnnualReportSupervisionApiController {

	private final ReportSupervision supervision;

	private final AgencyAccess access;

	private final Clock clock;

	AnnualReportSupervisionApiController(ReportSupervision supervision, AgencyAccess access, Clock clock) {
		this.supervision = supervision;
		this.access = access;
		this.clock = clock;
	}

	/** The report status of one agency. */
	record AgencyStatusJson(long agencyId, String agency, String status, boolean late, String deadline) {

		static AgencyStatusJson of(ReportSupervision.AgencyStatus row) {
			return new AgencyStatusJson(row.agencyId(), row.agency(), row.status().name(), row.late(),
					row.deadline().toString());
		}

	}

	/**
	 * A region's year: the region's deadline, every agency's status and the late list.
	 */
	record SupervisionJson(long regionId, int year, String deadline, List<AgencyStatusJson> agencies,
			List<AgencyStatusJson> late) {
	}

	@Operation(summary = "各机关年度报告状态与逾期名单（监督）")
	@GetMapping("/api/v1/annual-report-supervision/{regionId}/{year}")
	SupervisionJson supervision(@PathVariable long regionId, @PathVariable int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		this.access.checkReadable(staff, regionId, "地区", regionId);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Zones.BEIJING);
		List<ReportSupervision.AgencyStatus> rows = this.supervision.statuses(regionId, year, today);
		return new SupervisionJson(regionId, year, this.supervision.deadline(regionId, year).toString(),
				rows.stream().map(AgencyStatusJson::of).toList(),
				rows.stream()
					.filter(row -> row.status() == ReportSupervision.Status.LATE)
					.map(AgencyStatusJson::of)
					.toList());
	}

}
