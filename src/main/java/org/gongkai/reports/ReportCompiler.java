package org.gongkai.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
	 * @param reopenedRounds the handling rounds reopened in the year after a 纠正 (issue
	 * 11, item 7: the report's text states them)
	 */
	public record Sources(String agency, boolean mayMakeRegulations, int year, RequestStatistics.TableThree tableThree,
			ReviewAndLitigation tableFour, DisclosureStatistics.ActiveDisclosure tableTwo,
			DisclosureStatistics.Channels channels, FeeTotals fees, ConsultationStatistics.Yearly questions,
			long reopenedRounds) {

		/** The inputs with no reopened round. */
		public Sources(String agency, boolean mayMakeRegulations, int year, RequestStatistics.TableThree tableThree,
				ReviewAndLitigation tableFour, DisclosureStatistics.ActiveDisclosure tableTwo,
				DisclosureStatistics.Channels channels, FeeTotals fees, ConsultationStatistics.Yearly questions) {
			this(agency, mayMakeRegulations, year, tableThree, tableFour, tableTwo, channels, fees, questions, 0);
		}

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
				this.fees.forYear(agencyId, year), this.consultations.yearly(agencyId, year),
				this.requests.reopenedRounds(agencyId, year));
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

	/**
	 * Compiles the 本级 report of {@code agencyId} (a supervising office) with the figures
	 * of {@code subordinates} added: its tables are the sums of its own and theirs, its
	 * text drafted from the sums with a note of what they include, validated by the same
	 * rules.
	 */
	@Transactional(readOnly = true)
	public Compiled compileWithSubordinates(long agencyId, int year, Narrative.Texts texts, List<Long> subordinates) {
		List<Sources> theirs = new ArrayList<>();
		for (long subordinate : subordinates) {
			theirs.add(sources(subordinate, year));
		}
		return assembleWithSubordinates(sources(agencyId, year), theirs, texts);
	}

	/** The pure function behind {@link #compileWithSubordinates}. */
	public static Compiled assembleWithSubordinates(Sources own, List<Sources> subordinates, Narrative.Texts texts) {
		Sources sum = own;
		for (Sources one : subordinates) {
			sum = plus(sum, one);
		}
		Compiled compiled = assemble(sum, texts);
		Map<String, String> fields = new LinkedHashMap<>(compiled.fields());
		fields.put(SUBORDINATES, String.valueOf(subordinates.size()));
		withSubordinatesNote(compiled.report(), fields);
		return new Compiled(compiled.report(), Map.copyOf(fields), compiled.findings());
	}

	/**
	 * The field that records how many subordinate agencies a 本级 report sums, kept with
	 * the signed-off figures.
	 */
	static final String SUBORDINATES = "subordinates";

	/**
	 * Opens section 一 with the note that the tables include the subordinate agencies,
	 * where {@code fields} say the report sums them.
	 */
	static void withSubordinatesNote(AnnualReport report, Map<String, String> fields) {
		String count = fields.get(SUBORDINATES);
		ReportSection overview = report.section(1);
		if (count == null || overview == null) {
			return;
		}
		String note = "本报告表二、表三、表四及正文中的统计数据为本级及所属 " + count + " 个部门（单位）的汇总数。";
		report.sections.set(report.sections.indexOf(overview),
				new ReportSection(1, overview.heading(), note + "\n\n" + overview.text()));
	}

	private static Sources plus(Sources a, Sources b) {
		Map<String, RequestStatistics.Cells> rows = new LinkedHashMap<>();
		a.tableThree().rows().forEach((key, cells) -> rows.put(key, plus(cells, b.tableThree().row(key))));
		DisclosureStatistics.ActiveDisclosure x = a.tableTwo();
		DisclosureStatistics.ActiveDisclosure y = b.tableTwo();
		DisclosureStatistics.ActiveDisclosure two = new DisclosureStatistics.ActiveDisclosure(
				plus(x.regulations(), y.regulations()), plus(x.normativeDocuments(), y.normativeDocuments()),
				plus(x.licensing(), y.licensing()), plus(x.penalties(), y.penalties()),
				plus(x.coercion(), y.coercion()),
				(x.feesTenThousandYuan() == null || y.feesTenThousandYuan() == null) ? null
						: new BigDecimal(x.feesTenThousandYuan()).add(new BigDecimal(y.feesTenThousandYuan()))
							.toPlainString());
		DisclosureStatistics.Channels c = a.channels();
		DisclosureStatistics.Channels d = b.channels();
		DisclosureStatistics.Channels channels = new DisclosureStatistics.Channels(c.website() + d.website(),
				plusRecorded(c.wechat(), d.wechat()),
				plusRecorded(c.governmentServicePortal(), d.governmentServicePortal()),
				plusRecorded(c.gazette(), d.gazette()), plusRecorded(c.pressConferences(), d.pressConferences()));
		FeeTotals fees = new FeeTotals(a.fees().agencyId(), a.year(),
				a.fees().noticesIssued() + b.fees().noticesIssued(), a.fees().noticesPaid() + b.fees().noticesPaid(),
				a.fees().collectedYuan().add(b.fees().collectedYuan()));
		ConsultationStatistics.Yearly questions = new ConsultationStatistics.Yearly(
				a.questions().received() + b.questions().received(),
				a.questions().answered() + b.questions().answered(), Map.of(), Map.of());
		ReviewAndLitigation four = new ReviewAndLitigation(
				plus(a.tableFour().reconsideration(), b.tableFour().reconsideration()),
				plus(a.tableFour().litigationDirect(), b.tableFour().litigationDirect()),
				plus(a.tableFour().litigationAfterReconsideration(), b.tableFour().litigationAfterReconsideration()));
		return new Sources(a.agency(), a.mayMakeRegulations(), a.year(),
				new RequestStatistics.TableThree(a.tableThree().agencyId(), a.year(), rows), four, two, channels, fees,
				questions, a.reopenedRounds() + b.reopenedRounds());
	}

	private static RequestStatistics.Cells plus(RequestStatistics.Cells a, RequestStatistics.Cells b) {
		return new RequestStatistics.Cells(a.naturalPerson() + b.naturalPerson(),
				a.commercialEnterprise() + b.commercialEnterprise(), a.researchInstitution() + b.researchInstitution(),
				a.publicInterestOrganization() + b.publicInterestOrganization(),
				a.legalServiceAgency() + b.legalServiceAgency(), a.otherOrganization() + b.otherOrganization(),
				a.total() + b.total());
	}

	private static ReviewAndLitigation.Counts plus(ReviewAndLitigation.Counts a, ReviewAndLitigation.Counts b) {
		return new ReviewAndLitigation.Counts(a.upheld() + b.upheld(), a.corrected() + b.corrected(),
				a.other() + b.other(), a.pending() + b.pending(), a.total() + b.total());
	}

	private static DisclosureStatistics.DocumentCounts plus(DisclosureStatistics.DocumentCounts a,
			DisclosureStatistics.DocumentCounts b) {
		return new DisclosureStatistics.DocumentCounts(a.issued() + b.issued(), a.repealed() + b.repealed(),
				a.inForce() + b.inForce());
	}

	/**
	 * The sum of two figures, blank where either was never recorded (as an R-5 finds it).
	 */
	private static Integer plus(Integer a, Integer b) {
		return (a == null || b == null) ? null : a + b;
	}

	/**
	 * The sum of two channel counts, counting a channel one of them never recorded as
	 * none.
	 */
	private static Integer plusRecorded(Integer a, Integer b) {
		if (a == null && b == null) {
			return null;
		}
		return ((a == null) ? 0 : a) + ((b == null) ? 0 : b);
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
