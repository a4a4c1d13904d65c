package org.gongkai.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.shared.Zones;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervising office sees of the annual reports of its region (Articles 49 and 50
 * of the Regulations): each subordinate agency's report status for a year, the late list
 * against the region's deadline ({@code gongkai.reports.deadline}, 31 January by default;
 * {@code gongkai.reports.deadline.<region id>} for a region of its own), and the region
 * table that sums their tables, validated by the same {@link ReportRules}.
 */
@Service
public class ReportSupervision {

	/** The status of one agency's report for a year. */
	public enum Status {

		NOT_STARTED, DRAFT, IN_REVIEW, PUBLISHED, LATE

	}

	/**
	 * One row of the status list.
	 *
	 * @param late whether the report was not published by the deadline (published late,
	 * or still not published after it)
	 * @param deadline the agency's deadline (of its region)
	 */
	public record AgencyStatus(long agencyId, String agency, Status status, boolean late,
			Optional<AnnualReports.Version> version, LocalDate deadline) {
	}

	private final AnnualReports reports;

	private final ReportCompiler compiler;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final Environment environment;

	ReportSupervision(AnnualReports reports, ReportCompiler compiler, Agencies agencies, AgencyAccess access,
			Environment environment) {
		this.reports = reports;
		this.compiler = compiler;
		this.agencies = agencies;
		this.access = access;
		this.environment = environment;
	}

	/**
	 * The deadline of {@code year}'s reports of an agency or region: the month and day
	 * configured for it or for the nearest region above it
	 * ({@code gongkai.reports.deadline.<id>}), else {@code gongkai.reports.deadline} (31
	 * January by default), in the year after.
	 */
	@Transactional(readOnly = true)
	public LocalDate deadline(long agencyId, int year) {
		String day = null;
		Long at = agencyId;
		Set<Long> seen = new HashSet<>();
		while (day == null && at != null && seen.add(at)) {
			day = this.environment.getProperty("gongkai.reports.deadline." + at);
			at = this.agencies.findById(at).map(Agency::getParentId).orElse(null);
		}
		if (day == null) {
			day = this.environment.getProperty("gongkai.reports.deadline", "01-31");
		}
		return AnnualReports.deadline(year, MonthDay.parse("--" + day.strip()));
	}

	/** The agencies of {@code regionId} (not the region itself), by name. */
	@Transactional(readOnly = true)
	public List<Agency> agenciesOf(long regionId) {
		List<Agency> found = new ArrayList<>();
		for (Agency agency : this.agencies.findAllById(this.access.subtree(regionId))) {
			if (agency.getKind() == AgencyKind.AGENCY) {
				found.add(agency);
			}
		}
		found.sort(Comparator.comparing(Agency::getName));
		return found;
	}

	/**
	 * The status of each agency of {@code regionId} for {@code year}, today being
	 * {@code today}.
	 */
	@Transactional(readOnly = true)
	public List<AgencyStatus> statuses(long regionId, int year, LocalDate today) {
		List<AgencyStatus> rows = new ArrayList<>();
		for (Agency agency : agenciesOf(regionId)) {
			LocalDate deadline = deadline(agency.getId(), year);
			Optional<AnnualReports.Version> published = this.reports.published(agency.getId(), year);
			Optional<AnnualReports.Version> latest = this.reports.latest(agency.getId(), year);
			Status status;
			boolean late;
			if (published.isPresent()) {
				status = Status.PUBLISHED;
				LocalDate first = this.reports.versions(agency.getId(), year)
					.stream()
					.map(AnnualReports.Version::publishedAt)
					.filter(at -> at != null)
					.min(Comparator.naturalOrder())
					.map(at -> LocalDate.ofInstant(at, Zones.BEIJING))
					.orElse(today);
				late = first.isAfter(deadline);
			}
			else {
				late = today.isAfter(deadline);
				status = late ? Status.LATE : latest.map(version -> switch (version.state()) {
					case IN_REVIEW, SIGNED_OFF -> Status.IN_REVIEW;
					default -> Status.DRAFT;
				}).orElse(Status.NOT_STARTED);
			}
			rows.add(new AgencyStatus(agency.getId(), agency.getName(), status, late, latest, deadline));
		}
		return rows;
	}

	/**
	 * The late list of {@code regionId} for {@code year}: its agencies past their
	 * deadline without a published report, today being {@code today}.
	 */
	@Transactional(readOnly = true)
	public List<AgencyStatus> late(long regionId, int year, LocalDate today) {
		return statuses(regionId, year, today).stream().filter(row -> row.status() == Status.LATE).toList();
	}

	/**
	 * The region table of {@code year}: the sum of the tables of every agency of
	 * {@code regionId} compiled from the records now, with the findings of the rules on
	 * the sum. A cell blank in any agency's table is blank in the sum.
	 */
	@Transactional(readOnly = true)
	public ReportCompiler.Compiled regionTable(long regionId, int year) {
		Agency region = this.agencies.findById(regionId).orElseThrow();
		AnnualReport sum = AnnualReport.blank(region.getName(), year, TemplateFormat.forYear(year));
		boolean first = true;
		for (Agency agency : agenciesOf(regionId)) {
			AnnualReport one = ReportCompiler.tables(this.compiler.sources(agency.getId(), year));
			add(sum, one, first);
			first = false;
		}
		sum.sections.addAll(Narrative.sections(new Narrative.Texts("", "", ""), Map.of()));
		List<Finding> findings = ReportRules.check(sum, new ReportRules.Context(true, null))
			.stream()
			.filter(finding -> !finding.rule().equals("R-9") && !finding.rule().equals("R-6"))
			.toList();
		return new ReportCompiler.Compiled(sum, Map.of(), findings);
	}

	static void add(AnnualReport sum, AnnualReport one, boolean first) {
		for (ApplicationRow row : ApplicationRow.values()) {
			for (ApplicantColumn column : ApplicantColumn.values()) {
				sum.setApplication(row, column,
						plus(sum.application(row, column), one.application(row, column), first));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				sum.setAppeal(group, column, plus(sum.appeal(group, column), one.appeal(group, column), first));
			}
		}
		ActiveDisclosure a = sum.activeDisclosure;
		ActiveDisclosure b = one.activeDisclosure;
		a.regulations.set(plus(a.regulations.issued, b.regulations.issued, first),
				plus(a.regulations.repealed, b.regulations.repealed, first),
				plus(a.regulations.inForce, b.regulations.inForce, first));
		a.normativeDocuments.set(plus(a.normativeDocuments.issued, b.normativeDocuments.issued, first),
				plus(a.normativeDocuments.repealed, b.normativeDocuments.repealed, first),
				plus(a.normativeDocuments.inForce, b.normativeDocuments.inForce, first));
		a.licensing = plus(a.licensing, b.licensing, first);
		a.penalties = plus(a.penalties, b.penalties, first);
		a.coercion = plus(a.coercion, b.coercion, first);
		if (first) {
			a.feesTenThousandYuan = b.feesTenThousandYuan;
		}
		else {
			a.feesTenThousandYuan = (a.feesTenThousandYuan == null || b.feesTenThousandYuan == null) ? null
					: a.feesTenThousandYuan.add(b.feesTenThousandYuan);
		}
	}

	private static Integer plus(Integer sum, Integer one, boolean first) {
		if (first) {
			return one;
		}
		return (sum == null || one == null) ? null : sum + one;
	}

}
