package org.gongkai.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.appeals.ReviewAndLitigation;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.fees.FeeStatistics;
import org.gongkai.fees.FeeTotals;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compiler of the annual report: fills tables 二, 三 and 四 of an agency-year from the
 * statistics interfaces of disclosure, requests and appeals, drafts the text from the
 * same figures and from the fees and consultations, and validates the result with
 * {@link ReportRules}. Every figure is computed from the records when asked, never kept
 * as a counter (principle 7 of docs/architecture.md).
 */
@Service
public class ReportCompiler {

	private final RequestStatistics requests;

	private final AppealStatistics appeals;

	private final DisclosureStatistics disclosure;

	private final FeeStatistics fees;

	private final ConsultationStatistics consultations;

	private final Agencies agencies;

	ReportCompiler(RequestStatistics requests, AppealStatistics appeals, DisclosureStatistics disclosure,
			FeeStatistics fees, ConsultationStatistics consultations, Agencies agencies) {
		this.requests = requests;
		this.appeals = appeals;
		this.disclosure = disclosure;
		this.fees = fees;
		this.consultations = consultations;
		this.agencies = agencies;
	}

	/**
	 * What the statistics interfaces answer for one agency-year: the inputs of a report.
	 *
	 * @param agency the agency's name
	 * @param mayMakeRegulations whether the agency may make 规章
	 * @param year the reporting year
	 * @param tableThree table 三 from the requests
	 * @param tableFour table 四 from the appeals
	 * @param tableTwo table 二 from the disclosure
	 * @param channels publications per channel
	 * @param fees the information-processing fees collected
	 * @param questions the questions received and answered
	 */
	public record Sources(String agency, boolean mayMakeRegulations, int year, RequestStatistics.TableThree tableThree,
			ReviewAndLitigation tableFour, DisclosureStatistics.ActiveDisclosure tableTwo,
			DisclosureStatistics.Channels channels, FeeTotals fees, ConsultationStatistics.Yearly questions) {
	}

	/**
	 * A compiled report with the figures of its text and what the rules found.
	 *
	 * @param report the tables and the six sections, text rendered
	 * @param fields the live fields of the text by key, as shown
	 * @param findings the findings of {@link ReportRules} on the report
	 */
	public record Compiled(AnnualReport report, Map<String, String> fields, List<Finding> findings) {

		/** Whether any finding is an error: such a report cannot be signed off. */
		public boolean hasErrors() {
			return this.findings.stream().anyMatch(Finding::isError);
		}

		/** The findings of one cell of a table (for showing them beside it). */
		public List<Finding> at(String table, String row, String column) {
			return this.findings.stream()
				.filter(finding -> table.equals(finding.location().table()) && row.equals(finding.location().row())
						&& (column == null || finding.location().column() == null
								|| finding.location().column().contains(column)))
				.toList();
		}

	}

	/**
	 * The appeal steps recorded inside {@code year} after its report was signed off
	 * ({@code after}), which change its table 四 and call for a correction.
	 */
	public List<AppealStatistics.LockedYearEntry> lockedYearEntries(long agencyId, int year, Instant after) {
		return this.appeals.lockedYearEntries(agencyId, year, after);
	}

	/** Whether the agency may make 规章. */
	boolean mayMakeRegulations(long agencyId) {
		return this.disclosure.mayMakeRegulations(agencyId);
	}

	/** The inputs of agency {@code agencyId}'s report for {@code year}, read now. */
	@Transactional(readOnly = true)
	public Sources sources(long agencyId, int year) {
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("机关", agencyId));
		return new Sources(agency.getName(), this.disclosure.mayMakeRegulations(agencyId), year,
				this.requests.forYear(agencyId, year), this.appeals.forYear(agencyId, year),
				this.disclosure.activeDisclosure(agencyId, year), this.disclosure.channels(agencyId, year),
				this.fees.forYear(agencyId, year), this.consultations.yearly(agencyId, year));
	}

	/**
	 * Compiles agency {@code agencyId}'s report for {@code year} with the drafted text,
	 * or with {@code texts} (sections 一, 五 and 六 as edited, fields as {@code {{key}}})
	 * where given.
	 */
	@Transactional(readOnly = true)
	public Compiled compile(long agencyId, int year, Narrative.Texts texts) {
		return assemble(sources(agencyId, year), texts);
	}

	/**
	 * The report of {@code sources}: tables, text (drafted where {@code texts} is
	 * {@code null} or leaves a section {@code null}) and findings. A pure function.
	 */
	public static Compiled assemble(Sources sources, Narrative.Texts texts) {
		AnnualReport report = tables(sources);
		NarrativeFigures figures = NarrativeFigures.of(report, sources);
		Narrative.Texts drafted = Narrative.draft(figures);
		Narrative.Texts used = (texts == null) ? drafted : texts.orElse(drafted);
		report.sections.addAll(Narrative.sections(used, figures));
		return new Compiled(report, figures.values(), check(report, sources));
	}

	/** The rules over a compiled report, with what the records add. */
	static List<Finding> check(AnnualReport report, Sources sources) {
		List<Finding> findings = new ArrayList<>(ReportRules.check(report,
				new ReportRules.Context(sources.mayMakeRegulations(), sources.fees().collectedYuan())));
		return findings;
	}

	/** Tables 二, 三 and 四 of {@code sources}, without text. */
	static AnnualReport tables(Sources sources) {
		AnnualReport report = AnnualReport.blank(sources.agency(), sources.year(),
				TemplateFormat.forYear(sources.year()));
		DisclosureStatistics.ActiveDisclosure two = sources.tableTwo();
		ActiveDisclosure table = report.activeDisclosure;
		table.regulations.set(whole(two.regulations().issued()), whole(two.regulations().repealed()),
				whole(two.regulations().inForce()));
		table.normativeDocuments.set(whole(two.normativeDocuments().issued()),
				whole(two.normativeDocuments().repealed()), whole(two.normativeDocuments().inForce()));
		table.licensing = two.licensing();
		table.penalties = two.penalties();
		table.coercion = two.coercion();
		table.feesTenThousandYuan = (two.feesTenThousandYuan() == null) ? null
				: new BigDecimal(two.feesTenThousandYuan());
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			RequestStatistics.Cells cells = sources.tableThree().row(row.key());
			if (report.format() == TemplateFormat.F2019 && row == ApplicationRow.OTHER_DISPOSAL_OTHER) {
				cells = sum(cells, sources.tableThree().row(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE.key()),
						sources.tableThree().row(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID.key()));
			}
			report.setApplication(row, ApplicantColumn.NATURAL_PERSON, whole(cells.naturalPerson()));
			report.setApplication(row, ApplicantColumn.COMMERCIAL_ENTERPRISE, whole(cells.commercialEnterprise()));
			report.setApplication(row, ApplicantColumn.RESEARCH_INSTITUTION, whole(cells.researchInstitution()));
			report.setApplication(row, ApplicantColumn.PUBLIC_INTEREST_ORGANIZATION,
					whole(cells.publicInterestOrganization()));
			report.setApplication(row, ApplicantColumn.LEGAL_SERVICE_AGENCY, whole(cells.legalServiceAgency()));
			report.setApplication(row, ApplicantColumn.OTHER_ORGANIZATION, whole(cells.otherOrganization()));
			report.setApplication(row, ApplicantColumn.TOTAL, whole(cells.total()));
		}
		ReviewAndLitigation four = sources.tableFour();
		appeals(report, AppealGroup.RECONSIDERATION, four.reconsideration());
		appeals(report, AppealGroup.LITIGATION_DIRECT, four.litigationDirect());
		appeals(report, AppealGroup.LITIGATION_AFTER_RECONSIDERATION, four.litigationAfterReconsideration());
		return report;
	}

	private static RequestStatistics.Cells sum(RequestStatistics.Cells a, RequestStatistics.Cells b,
			RequestStatistics.Cells c) {
		return new RequestStatistics.Cells(a.naturalPerson() + b.naturalPerson() + c.naturalPerson(),
				a.commercialEnterprise() + b.commercialEnterprise() + c.commercialEnterprise(),
				a.researchInstitution() + b.researchInstitution() + c.researchInstitution(),
				a.publicInterestOrganization() + b.publicInterestOrganization() + c.publicInterestOrganization(),
				a.legalServiceAgency() + b.legalServiceAgency() + c.legalServiceAgency(),
				a.otherOrganization() + b.otherOrganization() + c.otherOrganization(),
				a.total() + b.total() + c.total());
	}

	private static void appeals(AnnualReport report, AppealGroup group, ReviewAndLitigation.Counts counts) {
		report.setAppeal(group, AppealColumn.UPHELD, counts.upheld());
		report.setAppeal(group, AppealColumn.CORRECTED, counts.corrected());
		report.setAppeal(group, AppealColumn.OTHER, counts.other());
		report.setAppeal(group, AppealColumn.PENDING, counts.pending());
		report.setAppeal(group, AppealColumn.TOTAL, counts.total());
	}

	private static Integer whole(long count) {
		return Math.toIntExact(count);
	}

}
