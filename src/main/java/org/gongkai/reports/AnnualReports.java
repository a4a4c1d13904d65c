package org.gongkai.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.ReportingYears;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.shared.AuditableEvent.Label;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the annual reports and their workflow (Articles 49 and 50 of the
 * Regulations): draft → review → sign-off by the office head (公开办负责人) → published. A
 * draft shows figures computed from the records now; signing off keeps the figures it was
 * signed off with, locks the year ({@link ReportingYears}) and can only happen with no
 * error finding and a recorded reason for every warning. A published version is never
 * edited: a correction makes a new version with its reason, and the old one stays
 * readable.
 */
@Service
public class AnnualReports {

	/** The state of a version. */
	public enum State {

		DRAFT, IN_REVIEW, SIGNED_OFF, PUBLISHED, SUPERSEDED

	}

	/**
	 * One version of an agency's report for a year.
	 *
	 * @param texts sections 一, 五 and 六 with their fields, {@code null} where as drafted
	 * @param warningReasons the recorded reason of each warning, by {@link #warningKey}
	 * @param snapshot the figures signed off with, {@code null} before sign-off
	 * @param includesSubordinates whether the report (of a supervising office) sums the
	 * figures of its region's agencies with its own
	 */
	public record Version(long id, long agencyId, int year, int versionNo, State state, Narrative.Texts texts,
			Map<String, String> warningReasons, String correctionReason, Instant createdAt, String createdBy,
			Instant signedOffAt, String signedOffBy, Instant publishedAt, String snapshot,
			boolean includesSubordinates) {

		/** Whether the figures are those signed off rather than computed now. */
		public boolean frozen() {
			return this.snapshot != null;
		}

	}

	/**
	 * A version with its report: figures of the snapshot once signed off, of the records
	 * now before.
	 */
	public record Shown(Version version, ReportCompiler.Compiled compiled) {
	}

	/** A published report for the public list. */
	public record Published(long agencyId, String agency, int year, int versionNo, Instant publishedAt) {
	}

	private final JdbcClient jdbc;

	private final ReportCompiler compiler;

	private final ReportingYears years;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AgencyAccess access;

	AnnualReports(JdbcClient jdbc, ReportCompiler compiler, ReportingYears years, Agencies agencies,
			ApplicationEventPublisher events, Clock clock, AgencyAccess access) {
		this.jdbc = jdbc;
		this.compiler = compiler;
		this.years = years;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.access = access;
	}

	/** The key of a warning in the recorded reasons: its rule and where it is. */
	public static String warningKey(Finding finding) {
		return finding.rule() + " " + finding.location().describe();
	}

	/**
	 * The latest version of the report of {@code agencyId} for {@code year}, if started.
	 */
	@Transactional(readOnly = true)
	public Optional<Version> latest(long agencyId, int year) {
		return query("where agency_id = :agency and report_year = :year order by version_no desc")
			.param("agency", agencyId)
			.param("year", year)
			.query(AnnualReports::version)
			.list()
			.stream()
			.findFirst();
	}

	/** Every version of the report, newest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(long agencyId, int year) {
		return query("where agency_id = :agency and report_year = :year order by version_no desc")
			.param("agency", agencyId)
			.param("year", year)
			.query(AnnualReports::version)
			.list();
	}

	/** One version by number. */
	@Transactional(readOnly = true)
	public Version version(long agencyId, int year, int versionNo) {
		return query("where agency_id = :agency and report_year = :year and version_no = :no").param("agency", agencyId)
			.param("year", year)
			.param("no", versionNo)
			.query(AnnualReports::version)
			.optional()
			.orElseThrow(() -> new RecordNotFound("年度报告", agencyId + "/" + year + "/v" + versionNo));
	}

	/**
	 * The report of a version: the snapshot once signed off, compiled from the records
	 * now before; {@code version} {@code null} compiles the not-yet-started draft.
	 */
	@Transactional(readOnly = true)
	public Shown show(long agencyId, int year, Version version) {
		if (version != null && version.frozen()) {
			String agency = this.agencies.findById(agencyId).map(Agency::getName).orElse(null);
			ReportSnapshot.Read read = ReportSnapshot.read(version.snapshot(), agency, year);
			Narrative.Texts texts = version.texts();
			read.report().sections.addAll(Narrative.sections(texts, read.fields()));
			ReportCompiler.withSubordinatesNote(read.report(), read.fields());
			List<Finding> findings = ReportRules.check(read.report(),
					new ReportRules.Context(this.compiler.mayMakeRegulations(agencyId), null));
			return new Shown(version, new ReportCompiler.Compiled(read.report(), read.fields(), findings));
		}
		ReportCompiler.Compiled compiled = (version != null && version.includesSubordinates())
				? this.compiler.compileWithSubordinates(agencyId, year, version.texts(), subordinates(agencyId))
				: this.compiler.compile(agencyId, year, (version == null) ? null : version.texts());
		List<Finding> findings = new ArrayList<>(compiled.findings());
		previousYear(agencyId, year).ifPresent(previous -> findings
			.addAll(ReportRules.checkYears(YearFigures.of(previous), YearFigures.of(compiled.report()))));
		return new Shown(version,
				new ReportCompiler.Compiled(compiled.report(), compiled.fields(), List.copyOf(findings)));
	}

	/**
	 * The steps recorded by other modules inside the year after its report was last
	 * signed off that change its figures (appeals: a late-entered case or a result of
	 * that year): each is a flag that calls for a correction of the published report.
	 * Empty before the first sign-off.
	 */
	@Transactional(readOnly = true)
	public List<AppealStatistics.LockedYearEntry> correctionsCalledFor(long agencyId, int year) {
		Optional<Instant> signedOff = versions(agencyId, year).stream()
			.map(Version::signedOffAt)
			.filter(at -> at != null)
			.max(Instant::compareTo);
		return signedOff.map(at -> this.compiler.lockedYearEntries(agencyId, year, at)).orElse(List.of());
	}

	/** The latest published version of the report, if any. */
	@Transactional(readOnly = true)
	public Optional<Version> published(long agencyId, int year) {
		return query("where agency_id = :agency and report_year = :year and state = 'PUBLISHED'")
			.param("agency", agencyId)
			.param("year", year)
			.query(AnnualReports::version)
			.optional();
	}

	/** Every published report, by agency and year, newest year first. */
	@Transactional(readOnly = true)
	public List<Published> publishedReports(Long agencyId) {
		return this.jdbc.sql("""
				select r.agency_id, a.name, r.report_year, r.version_no, r.published_at
				from annual_report r join agency a on a.id = r.agency_id
				where r.state = 'PUBLISHED' and (cast(:agency as bigint) is null or r.agency_id = :agency)
				order by r.report_year desc, a.name""")
			.param("agency", agencyId)
			.query((rs, row) -> new Published(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Starts the draft of {@code year}: version 1, text as drafted from the records. */
	@Transactional
	public Version start(StaffPrincipal staff, long agencyId, int year) {
		checkStaff(staff, agencyId);
		if (latest(agencyId, year).isPresent()) {
			throw new RuleViolation("annual-report.started", "%d 年度报告已经开始编制".formatted(year));
		}
		return insert(agencyId, year, 1, null, null, staff.username());
	}

	/** Replaces the text of section {@code number} (1, 5 or 6) of the draft. */
	@Transactional
	public Version edit(StaffPrincipal staff, long agencyId, int year, int number, String text) {
		checkStaff(staff, agencyId);
		Version draft = editable(agencyId, year);
		if (text == null || text.isBlank() || text.length() > 20000) {
			throw new RuleViolation("annual-report.text", "正文不能为空，且不超过 20000 字");
		}
		Narrative.Texts texts = (draft.texts() == null) ? new Narrative.Texts(null, null, null) : draft.texts();
		texts = texts.with(number, text.strip());
		this.jdbc.sql("""
				update annual_report set overview_text = :o, problems_text = :p, other_text = :t,
				  version = version + 1 where id = :id""")
			.param("o", texts.overview())
			.param("p", texts.problems())
			.param("t", texts.other())
			.param("id", draft.id())
			.update();
		announce(staff.username(), draft, "edited", "修改第" + ReportRules.numeral(number) + "部分正文", "partEdited",
				new Label("history.annualReport.part." + number, ReportRules.numeral(number)));
		return version(agencyId, year, draft.versionNo());
	}

	/**
	 * Sets whether the draft of a supervising office's own (本级) report includes the
	 * summed figures of its region's agencies: its tables become the region table's sums
	 * plus its own figures, validated by the same rules, with a note in section 一.
	 */
	@Transactional
	public Version includeSubordinates(StaffPrincipal staff, long agencyId, int year, boolean include) {
		checkStaff(staff, agencyId);
		Version draft = editable(agencyId, year);
		if (include && !maySumSubordinates(agencyId)) {
			throw new RuleViolation("annual-report.not-supervising-office", "只有政府信息公开工作主管部门的本级年度报告可以汇总所属部门的数据");
		}
		this.jdbc.sql("update annual_report set includes_subordinates = :include, version = version + 1 where id = :id")
			.param("include", include)
			.param("id", draft.id())
			.update();
		announce(staff.username(), draft, "edited", include ? "汇总所属部门的数据" : "不再汇总所属部门的数据",
				include ? "subordinatesIncluded" : "subordinatesExcluded");
		return version(agencyId, year, draft.versionNo());
	}

	/**
	 * Whether the agency is a supervising office whose own report may sum its region's
	 * agencies.
	 */
	@Transactional(readOnly = true)
	public boolean maySumSubordinates(long agencyId) {
		return this.agencies.findById(agencyId)
			.filter(agency -> agency.getKind() == AgencyKind.SUPERVISING_OFFICE && agency.getParentId() != null)
			.isPresent();
	}

	/**
	 * The agencies whose figures a supervising office's own report sums: those of the
	 * region it belongs to, itself excepted.
	 */
	@Transactional(readOnly = true)
	public List<Long> subordinates(long agencyId) {
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("机关", agencyId));
		if (agency.getParentId() == null) {
			return List.of();
		}
		List<Long> found = new ArrayList<>();
		for (Agency one : this.agencies.findAllById(this.access.subtree(agency.getParentId()))) {
			if (one.getKind() == AgencyKind.AGENCY && !one.getId().equals(agencyId)) {
				found.add(one.getId());
			}
		}
		found.sort(Long::compare);
		return found;
	}

	/** Sends the draft to review; refused while it has an error finding. */
	@Transactional
	public Version submit(StaffPrincipal staff, long agencyId, int year) {
		checkStaff(staff, agencyId);
		Version draft = editable(agencyId, year);
		checkNoErrors(show(agencyId, year, draft));
		setState(draft, State.IN_REVIEW, "submitted_at");
		announce(staff.username(), draft, "submitted", "提交审核", "submitted");
		return version(agencyId, year, draft.versionNo());
	}

	/** Returns a version in review to its drafters. */
	@Transactional
	public Version returnToDraft(StaffPrincipal staff, long agencyId, int year) {
		checkOfficeHead(staff, agencyId);
		Version review = inState(agencyId, year, State.IN_REVIEW);
		setState(review, State.DRAFT, null);
		announce(staff.username(), review, "returned", "退回修改", "returned");
		return version(agencyId, year, review.versionNo());
	}

	/**
	 * Signs off the version in review (the office head): no error finding, a reason for
	 * every warning; keeps its figures and locks the year.
	 */
	@Transactional
	public Version signOff(StaffPrincipal staff, long agencyId, int year, Map<String, String> reasons) {
		checkOfficeHead(staff, agencyId);
		Version review = inState(agencyId, year, State.IN_REVIEW);
		return signOff(staff.username(), review, reasons);
	}

	private Version signOff(String actor, Version review, Map<String, String> reasons) {
		Shown shown = show(review.agencyId(), review.year(), review);
		checkNoErrors(shown);
		Map<String, String> recorded = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (Finding warning : shown.compiled().findings()) {
			String key = warningKey(warning);
			String reason = (reasons == null) ? null : reasons.get(key);
			if (reason == null || reason.isBlank()) {
				missing.add(key);
			}
			else {
				recorded.put(key, reason.strip());
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolation("annual-report.warning-reason", "以下提示需要填写核实说明后才能签发：" + String.join("；", missing));
		}
		Narrative.Texts texts = (review.texts() == null) ? new Narrative.Texts(null, null, null) : review.texts();
		ReportCompiler.Compiled compiled = shown.compiled();
		texts = new Narrative.Texts(orDrafted(texts.overview(), compiled, 1), orDrafted(texts.problems(), compiled, 5),
				orDrafted(texts.other(), compiled, 6));
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update annual_report set state = 'SIGNED_OFF', snapshot = :snapshot, warning_reasons = :reasons,
				  overview_text = :o, problems_text = :p, other_text = :t,
				  signed_off_at = :at, signed_off_by = :by, version = version + 1 where id = :id""")
			.param("snapshot", ReportSnapshot.write(compiled.report(), compiled.fields()))
			.param("reasons", reasons(recorded))
			.param("o", texts.overview())
			.param("p", texts.problems())
			.param("t", texts.other())
			.param("at", Timestamp.from(now))
			.param("by", actor)
			.param("id", review.id())
			.update();
		this.years.lock(review.agencyId(), review.year(), actor, "年度报告第 " + review.versionNo() + " 版签发");
		announce(actor, review, "signed-off", "签发（提示 " + recorded.size() + " 条已说明）",
				(recorded.size() == 1) ? "signedOffOne" : "signedOff", recorded.size());
		return version(review.agencyId(), review.year(), review.versionNo());
	}

	private String orDrafted(String text, ReportCompiler.Compiled compiled, int section) {
		// The drafted text is kept with its fields, so that what was signed off reads the
		// same later.
		if (text != null) {
			return text;
		}
		NarrativeFigures figures = NarrativeFigures.of(compiled.fields(),
				compiled.report().section(1).text().contains("微信公众号推送"));
		return Narrative.draft(figures).section(section);
	}

	/** Publishes the signed-off version; a version published before is superseded. */
	@Transactional
	public Version publish(StaffPrincipal staff, long agencyId, int year) {
		checkOfficeHead(staff, agencyId);
		return publish(staff.username(), inState(agencyId, year, State.SIGNED_OFF));
	}

	private Version publish(String actor, Version signed) {
		this.jdbc.sql("""
				update annual_report set state = 'SUPERSEDED', version = version + 1
				where agency_id = :agency and report_year = :year and state = 'PUBLISHED'""")
			.param("agency", signed.agencyId())
			.param("year", signed.year())
			.update();
		this.jdbc
			.sql("update annual_report set state = 'PUBLISHED', published_at = :at, version = version + 1 "
					+ "where id = :id")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", signed.id())
			.update();
		announce(actor, signed, "published", "公开发布", "published");
		return version(signed.agencyId(), signed.year(), signed.versionNo());
	}

	/**
	 * Opens a correction of the published report: a new draft version with its reason,
	 * the text of the published one and figures computed from the records now.
	 */
	@Transactional
	public Version correct(StaffPrincipal staff, long agencyId, int year, String reason) {
		checkOfficeHead(staff, agencyId);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new RuleViolation("annual-report.correction-reason", "更正年度报告必须说明理由（不超过 2000 字）");
		}
		Version latest = latest(agencyId, year)
			.orElseThrow(() -> new RuleViolation("annual-report.not-published", "%d 年度报告尚未发布，无需更正".formatted(year)));
		if (latest.state() != State.PUBLISHED) {
			throw new RuleViolation("annual-report.not-published",
					"只能更正已发布的年度报告；当前第 %d 版的状态为 %s".formatted(latest.versionNo(), label(latest.state())));
		}
		Version created = insert(agencyId, year, latest.versionNo() + 1, latest.texts(), reason.strip(),
				staff.username());
		if (latest.includesSubordinates()) {
			this.jdbc.sql("update annual_report set includes_subordinates = true where id = :id")
				.param("id", created.id())
				.update();
			created = version(agencyId, year, created.versionNo());
		}
		announce(staff.username(), created, "corrected", "更正：" + reason.strip(), "corrected", reason.strip());
		return created;
	}

	/**
	 * Signs off and publishes the report of a year as drafted, on behalf of the system
	 * (the demo data); nothing happens if the report was started.
	 */
	@Transactional
	public Optional<Version> publishAsDrafted(long agencyId, int year, String actor) {
		if (latest(agencyId, year).isPresent()) {
			return Optional.empty();
		}
		Version draft = insert(agencyId, year, 1, null, null, actor);
		Shown shown = show(agencyId, year, draft);
		Map<String, String> reasons = new LinkedHashMap<>();
		shown.compiled().findings().forEach(finding -> reasons.put(warningKey(finding), "演示数据：已核实"));
		setState(draft, State.IN_REVIEW, "submitted_at");
		Version review = version(agencyId, year, 1);
		signOff(actor, review, reasons);
		return Optional.of(publish(actor, version(agencyId, year, 1)));
	}

	/**
	 * The deadline of {@code year}'s report: the day after the year in the region's month
	 * and day (31 January by default).
	 */
	public static LocalDate deadline(int year, MonthDay day) {
		return day.atYear(year + 1);
	}

	/** Today in the zone of the Regulations. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Zones.BEIJING);
	}

	/** The Chinese name of a state. */
	public static String label(State state) {
		return switch (state) {
			case DRAFT -> "草稿";
			case IN_REVIEW -> "审核中";
			case SIGNED_OFF -> "已签发";
			case PUBLISHED -> "已发布";
			case SUPERSEDED -> "已被更正版本取代";
		};
	}

	private Optional<AnnualReport> previousYear(long agencyId, int year) {
		return published(agencyId, year - 1).map(previous -> show(agencyId, year - 1, previous).compiled().report());
	}

	private void checkNoErrors(Shown shown) {
		List<Finding> errors = shown.compiled().findings().stream().filter(Finding::isError).toList();
		if (!errors.isEmpty()) {
			throw new RuleViolation("annual-report.has-errors", "年度报告有 %d 处错误，改正前不能提交或签发：%s".formatted(errors.size(),
					errors.get(0).rule() + " " + errors.get(0).message()));
		}
	}

	private Version editable(long agencyId, int year) {
		Version latest = latest(agencyId, year)
			.orElseThrow(() -> new RuleViolation("annual-report.not-started", "%d 年度报告尚未开始编制".formatted(year)));
		if (latest.state() != State.DRAFT) {
			throw new RuleViolation("annual-report.not-draft",
					"第 %d 版%s，不能修改；已发布的报告只能通过更正形成新版本".formatted(latest.versionNo(), label(latest.state())));
		}
		return latest;
	}

	private Version inState(long agencyId, int year, State state) {
		Version latest = latest(agencyId, year)
			.orElseThrow(() -> new RuleViolation("annual-report.not-started", "%d 年度报告尚未开始编制".formatted(year)));
		if (latest.state() != state) {
			throw new RuleViolation("annual-report.state",
					"第 %d 版%s，此操作需要%s状态".formatted(latest.versionNo(), label(latest.state()), label(state)));
		}
		return latest;
	}

	private void setState(Version version, State state, String stampColumn) {
		String stamp = (stampColumn == null) ? "" : ", " + stampColumn + " = :at";
		this.jdbc.sql("update annual_report set state = :state" + stamp + ", version = version + 1 where id = :id")
			.param("state", state.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", version.id())
			.update();
	}

	private static void checkStaff(StaffPrincipal staff, long agencyId) {
		if (!staff.homeAgencies().contains(agencyId)) {
			throw new RuleViolation("annual-report.not-staff", "只有本机关工作人员可以编制本机关的年度报告");
		}
	}

	private static void checkOfficeHead(StaffPrincipal staff, long agencyId) {
		if (!staff.holds(Role.OFFICE_HEAD, agencyId)) {
			throw new RuleViolation("annual-report.office-head", "只有本机关公开办负责人可以审核、签发、发布或更正年度报告");
		}
	}

	private Version insert(long agencyId, int year, int versionNo, Narrative.Texts texts, String correctionReason,
			String actor) {
		this.jdbc.sql("""
				insert into annual_report (agency_id, report_year, version_no, state, overview_text, problems_text,
				  other_text, correction_reason, created_at, created_by)
				values (:agency, :year, :no, 'DRAFT', :o, :p, :t, :reason, :at, :by)""")
			.param("agency", agencyId)
			.param("year", year)
			.param("no", versionNo)
			.param("o", (texts == null) ? null : texts.overview())
			.param("p", (texts == null) ? null : texts.problems())
			.param("t", (texts == null) ? null : texts.other())
			.param("reason", correctionReason)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor)
			.update();
		Version created = version(agencyId, year, versionNo);
		announce(actor, created, "started", (correctionReason == null) ? "开始编制" : "更正版本",
				(correctionReason == null) ? "started" : "correctionStarted");
		return created;
	}

	/**
	 * Publishes the change: {@code detail} in Chinese, and its message key under
	 * {@code history.annualReport.} with the arguments after the year and version.
	 */
	private void announce(String actor, Version version, String step, String detail, String detailCode,
			Object... detailArgs) {
		this.events.publishEvent(new AnnualReportChanged(version.agencyId(), actor, version.year(), version.versionNo(),
				step, detail, detailCode, Arrays.asList(detailArgs)));
	}

	private JdbcClient.StatementSpec query(String where) {
		return this.jdbc.sql("""
				select id, agency_id, report_year, version_no, state, overview_text, problems_text, other_text,
				  warning_reasons, correction_reason, created_at, created_by, signed_off_at, signed_off_by,
				  published_at, snapshot, includes_subordinates
				from annual_report
				""" + where);
	}

	private static Version version(ResultSet rs, int row) throws SQLException {
		Map<String, String> reasons = new LinkedHashMap<>();
		String lines = rs.getString(9);
		if (lines != null) {
			for (String line : lines.split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					reasons.put(line.substring(0, tab), line.substring(tab + 1));
				}
			}
		}
		String overview = rs.getString(6);
		String problems = rs.getString(7);
		String other = rs.getString(8);
		Narrative.Texts texts = (overview == null && problems == null && other == null) ? null
				: new Narrative.Texts(overview, problems, other);
		return new Version(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), State.valueOf(rs.getString(5)),
				texts, reasons, rs.getString(10), instant(rs.getTimestamp(11)), rs.getString(12),
				instant(rs.getTimestamp(13)), rs.getString(14), instant(rs.getTimestamp(15)), rs.getString(16),
				rs.getBoolean(17));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static String reasons(Map<String, String> reasons) {
		StringBuilder lines = new StringBuilder();
		reasons.forEach((key, reason) -> lines.append(key.replace('\t', ' ').replace('\n', ' '))
			.append('\t')
			.append(reason.replace('\t', ' ').replace('\n', ' '))
			.append('\n'));
		return lines.toString();
	}

}
