package org.gongkai.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link ReportDocument} into an {@link AnnualReport}: the agency, year and
 * template from the title and text, the six sections, and tables 二, 三 and 四 with tolerant
 * labels. A wrong label is mapped and reported; cells that ran together are cut
 * using the table's own sums, and where more than one reading satisfies them the cells
 * stay blank with an {@code extraction-uncertain} finding.
 */
final class ReportExtractor {

	/**
	 * What extraction gives: the report, its findings, and whether it is a report at all.
	 */
	record Extraction(AnnualReport report, List<Finding> findings, Set<String> uncertainRows, boolean isReport) {
	}

	private static final Pattern TITLE_AGENCY_FIRST = Pattern
		.compile("^(.{2,60}?)\\s*[(（]?\\s*(\\d{4})\\s*年度?\\s*[)）]?\\s*(?:的)?\\s*政府信息公开工作(?:年度)?报告");

	private static final Pattern TITLE_YEAR_FIRST = Pattern
		.compile("(\\d{4})\\s*年度?\\s*(.{2,60}?)\\s*政府信息公开工作(?:年度)?报告");

	private static final Pattern TITLE_YEAR_LAST = Pattern
		.compile("^(.{2,60}?)\\s*政府信息公开(?:工作)?\\s*(\\d{4})\\s*年度?(?:工作)?报告");

	private static final Pattern HEADING = Pattern.compile("^(?:第)?([一二三四五六])\\s*(?:[、.．,，]|部分)\\s*(.{2,40})$");

	private static final Pattern TRAILING_DIGIT = Pattern.compile("\\d\\s*$");

	private static final Pattern SPACING = Pattern.compile("\\s+");

	private static final List<String> MARKERS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购",
			"其他对外管理服务事项", "采购总金额");

	private static final List<String> MARKERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "逾期未按收费通知",
			"本年收费金额");

	private static final List<String> ROW_PREFIXES = List.of("本年度办理结果", "办理结果", "不予公开", "无法提供", "不予处理", "其他处理");

	private static final int COLUMNS = ApplicantColumn.values().length;

	private static final ApplicationRow[] ROWS = ApplicationRow.values();

	/** The comparable cores of each row's official label and item name, computed once. */
	private static final String[] OFFICIAL = new String[ROWS.length];

	private static final String[] NAMES = new String[ROWS.length];

	static {
		for (ApplicationRow row : ROWS) {
			OFFICIAL[row.ordinal()] = Labels.core(row.label());
			NAMES[row.ordinal()] = Labels.core(row.itemName());
		}
	}

	private static final int APPEAL_CELLS = AppealGroup.values().length * AppealColumn.values().length;

	private final AnnualReport report = new AnnualReport();

	private final List<Finding> findings = new ArrayList<>();

	private final Set<String> uncertainRows = new LinkedHashSet<>();

	private final Map<ApplicationRow, Integer[]> rows = new EnumMap<>(ApplicationRow.class);

	private final Map<ApplicationRow, List<Integer[]>> ambiguous = new EnumMap<>(ApplicationRow.class);

	private final List<Cells.Value> appealValues = new ArrayList<>();

	private final StringBuilder header3 = new StringBuilder();

	private final StringBuilder[] texts = new StringBuilder[7];

	private final Set<String> tableTwoSeen = new LinkedHashSet<>();

	private Integer[] singleOther;

	private ApplicationRow lastRow;

	private String pending = "";

	private int section;

	private boolean appealHeaderSeen;

	private boolean appealsByGroup;

	private ReportExtractor() {
	}

	static Extraction extract(ReportDocument document) {
		return new ReportExtractor().run(document);
	}

	private Extraction run(ReportDocument document) {
		identify(document);
		this.report.format = detectFormat(document);
		for (ReportDocument.Line line : document.lines()) {
			read(line);
		}
		finishSections();
		finishOtherDisposal();
		resolveAmbiguous();
		finishAppeals();
		for (Map.Entry<ApplicationRow, Integer[]> entry : this.rows.entrySet()) {
			Integer[] cells = entry.getValue();
			for (ApplicantColumn column : ApplicantColumn.values()) {
				this.report.setApplication(entry.getKey(), column, cells[column.ordinal()]);
			}
		}
		checkColumnHeaders();
		boolean isReport = this.rows.size() >= 3 || (this.report.sections.size() >= 3 && this.report.year != null)
				|| (this.report.year != null && this.rows.size() + this.tableTwoSeen.size() >= 2);
		return new Extraction(this.report, this.findings, this.uncertainRows, isReport);
	}

	private void identify(ReportDocument document) {
		int looked = 0;
		for (ReportDocument.Line line : document.lines()) {
			if (line.tableRow()) {
				continue;
			}
			String text = line.joined().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (identity(text)) {
				return;
			}
			if (++looked > 80) {
				break;
			}
		}
		if (document.title() == null || !identity(document.title())) {
			this.findings.add(Finding.warning("report-identity", Location.report(), "未能从标题中识别机关名称和年度"));
		}
	}

	private boolean identity(String line) {
		String wide = Labels.width(line);
		if (!wide.contains("报告")) {
			return false;
		}
		String text = SPACING.matcher(ChineseYears.digits(wide)).replaceAll(" ").strip();
		Matcher agencyFirst = TITLE_AGENCY_FIRST.matcher(text);
		Matcher yearFirst = TITLE_YEAR_FIRST.matcher(text);
		Matcher yearLast = TITLE_YEAR_LAST.matcher(text);
		if (agencyFirst.find()) {
			return identity(agencyFirst.group(1), agencyFirst.group(2));
		}
		if (yearFirst.find()) {
			return identity(yearFirst.group(2), yearFirst.group(1));
		}
		if (yearLast.find()) {
			return identity(yearLast.group(1), yearLast.group(2));
		}
		return false;
	}

	private boolean identity(String agency, String year) {
		int value = Integer.parseInt(year);
		if (value < 2008 || value > 2100) {
			return false;
		}
		String name = agency.replaceAll("^.*[>»|｜_]\\s*", "").replaceAll("^(关于|转发)", "").replaceAll("[\\s:：]", "");
		name = name.replaceAll("(关于)$", "").replaceAll("的$", "");
		this.report.year = value;
		this.report.agency = name.isEmpty() ? null : name;
		return true;
	}

	private TemplateFormat detectFormat(ReportDocument document) {
		int old = 0;
		int current = 0;
		for (ReportDocument.Line line : document.lines()) {
			String text = Labels.compact(line.joined());
			for (String marker : MARKERS_2019) {
				old += text.contains(marker) ? 1 : 0;
			}
			for (String marker : MARKERS_2021) {
				current += text.contains(marker) ? 1 : 0;
			}
		}
		if (old > current) {
			return TemplateFormat.F2019;
		}
		if (current > old) {
			return TemplateFormat.F2021;
		}
		return (this.report.year != null) ? TemplateFormat.forYear(this.report.year) : TemplateFormat.F2021;
	}

	private void read(ReportDocument.Line line) {
		String joined = line.joined();
		if (joined.isBlank()) {
			return;
		}
		if (!line.tableRow()) {
			int number = heading(joined);
			if (number > 0) {
				this.section = number;
				this.pending = "";
				return;
			}
			Cells.Split split = Cells.split(line.cells());
			if (this.section >= 2 && this.section <= 4 && split.hasNumber() && split.label().length() < 60
					&& row(split)) {
				return;
			}
			text(joined);
			if (this.section >= 2 && this.section <= 4 && joined.strip().length() <= 60) {
				label(joined);
			}
			return;
		}
		Cells.Split split = Cells.split(line.cells());
		if (!row(split)) {
			label(split.label());
		}
	}

	private void text(String line) {
		int at = Math.max(this.section, 0);
		if (this.texts[at] == null) {
			this.texts[at] = new StringBuilder();
		}
		this.texts[at].append(line.strip()).append('\n');
	}

	private void label(String text) {
		String compact = Labels.compact(text);
		if (compact.contains("行政复议") && compact.contains("行政诉讼") || compact.contains("复议后起诉")) {
			this.appealHeaderSeen = true;
		}
		if (this.section == 3 || (this.section == 0 && !this.rows.isEmpty()) || compact.contains("自然人")) {
			this.header3.append(compact);
		}
		this.pending = (this.pending + compact);
		if (this.pending.length() > 200) {
			this.pending = this.pending.substring(this.pending.length() - 200);
		}
	}

	/** Reads a row into a table; false when it is no data row. */
	private boolean row(Cells.Split split) {
		String label = split.label();
		if (tableTwo(label, split.values())) {
			this.pending = "";
			return true;
		}
		if (appealGroupRow(label, split.values())) {
			this.pending = "";
			return true;
		}
		if (split.hasNumber() || split.values().size() >= 5) {
			RowMatch match = matchRow(label, split.hasNumber());
			if (match != null) {
				this.pending = "";
				applicationRow(match, split.values());
				return true;
			}
		}
		if (split.hasNumber() && Labels.core(label).isEmpty() && (this.section == 4 || this.appealHeaderSeen)
				&& this.appealValues.size() < APPEAL_CELLS) {
			long filled = split.values().stream().filter(value -> value.kind() != Cells.Kind.BLANK).count();
			if (filled >= 2 || split.values().get(0).text().length() >= 5 || !this.appealValues.isEmpty()) {
				for (Cells.Value value : split.values()) {
					if (!(this.appealValues.isEmpty() && value.kind() == Cells.Kind.BLANK)) {
						this.appealValues.add(value);
					}
				}
				this.pending = "";
				return true;
			}
		}
		return false;
	}

	private record RowMatch(ApplicationRow row, String printed, boolean exact, boolean singleOther) {
	}

	private RowMatch matchRow(String label, boolean hasNumber) {
		if (this.section == 2 || this.section >= 4) {
			return null;
		}
		String own = Labels.core(label);
		RowMatch match = exactOrContained(own, label);
		if (match == null && !this.pending.isEmpty()) {
			match = exactOrContained(Labels.core(this.pending + label), this.pending + label);
		}
		if (match == null) {
			match = continuation(own, label);
		}
		if (match == null) {
			match = fuzzy(own, label);
		}
		if (match == null && !this.pending.isEmpty()) {
			match = fuzzy(Labels.core(this.pending + label), this.pending + label);
		}
		return match;
	}

	private static String stripPrefixes(String core) {
		String rest = core;
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String prefix : ROW_PREFIXES) {
				if (rest.startsWith(prefix) && rest.length() > prefix.length()) {
					rest = rest.substring(prefix.length());
					stripped = true;
				}
			}
		}
		return rest;
	}

	private RowMatch exactOrContained(String core, String printed) {
		if (core.isEmpty()) {
			return null;
		}
		String rest = stripPrefixes(core);
		if (core.equals("其他处理") || rest.equals("其他处理")) {
			return new RowMatch(ApplicationRow.OTHER_DISPOSAL_OTHER, printed, true, true);
		}
		ApplicationRow best = null;
		int bestLength = 0;
		for (ApplicationRow row : ROWS) {
			String official = OFFICIAL[row.ordinal()];
			String name = NAMES[row.ordinal()];
			if (rest.equals(official) || rest.equals(name)) {
				return new RowMatch(row, printed, true, false);
			}
			if (name.length() >= 4 && rest.contains(name) && name.length() > bestLength) {
				best = row;
				bestLength = name.length();
			}
			else if (name.length() >= 4 && rest.length() >= 6 && official.startsWith(rest)
					&& rest.length() > bestLength) {
				best = row;
				bestLength = rest.length();
			}
		}
		if (best == null) {
			return null;
		}
		String official = OFFICIAL[best.ordinal()];
		boolean exact = official.startsWith(rest) || rest.equals(NAMES[best.ordinal()])
				|| (rest.endsWith(official) && core.length() - official.length() < 12);
		return new RowMatch(best, printed, exact, false);
	}

	/**
	 * The next row of the template when the printed label is a fragment of its label, as
	 * when a PDF wraps a long label over lines that interleave with the neighbouring
	 * cells.
	 */
	private RowMatch continuation(String core, String printed) {
		ApplicationRow next = null;
		boolean after = (this.lastRow == null);
		for (ApplicationRow row : ApplicationRow.of(this.report.format)) {
			if (after && !this.rows.containsKey(row) && !this.ambiguous.containsKey(row)) {
				next = row;
				break;
			}
			after = after || row == this.lastRow;
		}
		String rest = stripPrefixes(core);
		if (next == null || rest.length() < 4) {
			return null;
		}
		String official = OFFICIAL[next.ordinal()];
		return (Labels.commonRun(rest, official) >= 0.8 * rest.length()) ? new RowMatch(next, printed, true, false)
				: null;
	}

	private RowMatch fuzzy(String core, String printed) {
		String rest = stripPrefixes(core);
		if (rest.length() < 3 || rest.length() > 80) {
			return null;
		}
		ApplicationRow best = null;
		double bestScore = 0;
		double second = 0;
		for (ApplicationRow row : ApplicationRow.values()) {
			if (this.rows.containsKey(row)) {
				continue;
			}
			double score = Math.max(similarAtLeast(rest, NAMES[row.ordinal()]),
					similarAtLeast(rest, OFFICIAL[row.ordinal()]));
			if (score > bestScore) {
				second = bestScore;
				bestScore = score;
				best = row;
			}
			else if (score > second) {
				second = score;
			}
		}
		if (best == null || bestScore < 0.75 || bestScore - second < 0.05) {
			return null;
		}
		return new RowMatch(best, printed, false, false);
	}

	/**
	 * The similarity, or 0 where it cannot reach 0.7: below that a score can neither be
	 * the best match (0.75) nor come within 0.05 of one, so it need not be computed.
	 */
	private static double similarAtLeast(String a, String b) {
		return (Labels.similarityBound(a, b) < 0.7) ? 0 : Labels.similarity(a, b);
	}

	private void applicationRow(RowMatch match, List<Cells.Value> values) {
		ApplicationRow row = match.row();
		if (!match.exact()) {
			this.findings.add(Finding.error("R-9", Location.row(ReportRules.TABLE_3, row.key()),
					"表三标签「%s」与模板「%s」不一致（按「%s」读取）".formatted(match.printed().strip(), row.label(), row.label())));
		}
		if (match.singleOther() && this.report.format == TemplateFormat.F2021) {
			this.singleOther = cells(row, values, ReportExtractor::rowTotalFits);
			return;
		}
		Integer[] existing = this.rows.get(row);
		if (existing != null && Arrays.stream(existing).allMatch(Objects::isNull)) {
			this.rows.remove(row);
		}
		if (this.rows.containsKey(row) || this.ambiguous.containsKey(row)) {
			this.findings.add(Finding.error("R-9", Location.row(ReportRules.TABLE_3, row.key()),
					"表三「%s」一行出现两次，只读取第一次".formatted(row.label())));
			return;
		}
		this.lastRow = row;
		Integer[] cells = cells(row, values, ReportExtractor::rowTotalFits);
		if (cells != null) {
			this.rows.put(row, cells);
		}
	}

	private static boolean rowTotalFits(Integer[] cells) {
		int sum = 0;
		for (int i = 0; i < cells.length - 1; i++) {
			if (cells[i] == null) {
				return true;
			}
			sum += cells[i];
		}
		return cells[cells.length - 1] == null || cells[cells.length - 1] == sum;
	}

	/**
	 * The cells of a table 三 row; {@code null} when the row is ambiguous (kept aside).
	 */
	private Integer[] cells(ApplicationRow row, List<Cells.Value> printed, Predicate<Integer[]> fits) {
		List<Cells.Value> values = trim(printed, COLUMNS);
		if (values.size() == COLUMNS && values.stream().noneMatch(value -> value.kind() == Cells.Kind.DIGITS)) {
			return numbers(values, row.key(), ReportRules.TABLE_3);
		}
		if (values.size() > COLUMNS) {
			this.findings.add(Finding.warning("extraction-uncertain", Location.row(ReportRules.TABLE_3, row.key()),
					"「%s」一行有 %d 个数值单元格，多于 7 个，取最后 7 个".formatted(row.label(), values.size())));
			return numbers(values.subList(values.size() - COLUMNS, values.size()), row.key(), ReportRules.TABLE_3);
		}
		List<Integer[]> readings = RunTogether.readings(trim(values, 0), COLUMNS, fits);
		if (readings.size() == 1) {
			return readings.get(0);
		}
		if (readings.size() > 1) {
			this.ambiguous.put(row, readings);
			return null;
		}
		Integer[] cells = new Integer[COLUMNS];
		List<Integer> numbers = new ArrayList<>();
		for (Cells.Value value : values) {
			numbers.add(value.number());
		}
		for (int i = 0; i < numbers.size(); i++) {
			cells[COLUMNS - numbers.size() + i] = numbers.get(i);
		}
		if (values.stream().filter(value -> value.kind() != Cells.Kind.BLANK).count() >= 2) {
			this.uncertainRows.add(row.key());
			this.findings.add(Finding.error("extraction-uncertain", Location.row(ReportRules.TABLE_3, row.key()),
					"「%s」一行只读出 %d 个单元格（应有 7 个），无法确定空白单元格的位置，已按右对齐读取".formatted(row.label(), values.size())));
		}
		return cells;
	}

	private static List<Cells.Value> trim(List<Cells.Value> printed, int expected) {
		List<Cells.Value> values = new ArrayList<>(printed);
		while (values.size() > expected && values.get(values.size() - 1).kind() == Cells.Kind.BLANK) {
			values.remove(values.size() - 1);
		}
		while (values.size() > expected && values.get(0).kind() == Cells.Kind.BLANK) {
			values.remove(0);
		}
		return values;
	}

	private Integer[] numbers(List<Cells.Value> values, String row, String table) {
		Integer[] cells = new Integer[values.size()];
		for (int i = 0; i < values.size(); i++) {
			Cells.Value value = values.get(i);
			cells[i] = value.number();
			if (value.kind() == Cells.Kind.DECIMAL) {
				this.findings.add(Finding.error("R-5", Location.row(table, row),
						"表%s「%s」中的「%s」不是整数".formatted(table, row, value.text())));
			}
		}
		return cells;
	}

	private void resolveAmbiguous() {
		if (this.ambiguous.isEmpty()) {
			return;
		}
		List<ApplicationRow> open = new ArrayList<>(this.ambiguous.keySet());
		long combinations = 1;
		for (ApplicationRow row : open) {
			combinations *= this.ambiguous.get(row).size();
			if (combinations > RunTogether.LIMIT) {
				break;
			}
		}
		List<int[]> satisfying = new ArrayList<>();
		if (combinations <= RunTogether.LIMIT) {
			int[] choice = new int[open.size()];
			for (long n = 0; n < combinations; n++) {
				long rest = n;
				for (int i = 0; i < open.size(); i++) {
					int size = this.ambiguous.get(open.get(i)).size();
					choice[i] = (int) (rest % size);
					rest /= size;
					this.rows.put(open.get(i), this.ambiguous.get(open.get(i)).get(choice[i]));
				}
				if (columnsBalance()) {
					satisfying.add(choice.clone());
				}
			}
		}
		for (int i = 0; i < open.size(); i++) {
			ApplicationRow row = open.get(i);
			List<Integer[]> readings = this.ambiguous.get(row);
			List<Integer[]> possible = new ArrayList<>();
			if (satisfying.isEmpty()) {
				possible.addAll(readings);
			}
			else {
				for (int[] choice : satisfying) {
					possible.add(readings.get(choice[i]));
				}
			}
			Integer[] cells = possible.get(0).clone();
			List<String> unsure = new ArrayList<>();
			for (ApplicantColumn column : ApplicantColumn.values()) {
				for (Integer[] reading : possible) {
					if (!Objects.equals(reading[column.ordinal()], cells[column.ordinal()])) {
						cells[column.ordinal()] = null;
						unsure.add(column.label());
						break;
					}
				}
			}
			this.rows.put(row, cells);
			if (!unsure.isEmpty()) {
				this.uncertainRows.add(row.key());
				List<String> shown = possible.stream()
					.distinct()
					.limit(3)
					.map(reading -> Arrays.toString(reading))
					.toList();
				this.findings.add(Finding.error("extraction-uncertain", Location.row(ReportRules.TABLE_3, row.key()),
						"「%s」一行的数字连在一起，有 %d 种读法都符合表内合计（如 %s），%s无法确定".formatted(row.label(),
								possible.stream().map(Arrays::toString).distinct().count(), String.join("、", shown),
								String.join("、", unsure))));
			}
		}
	}

	private boolean columnsBalance() {
		for (ApplicantColumn column : ApplicantColumn.values()) {
			Integer received = cell(ApplicationRow.NEWLY_RECEIVED, column);
			Integer carriedOver = cell(ApplicationRow.CARRIED_OVER, column);
			Integer processed = cell(ApplicationRow.TOTAL_PROCESSED, column);
			Integer carriedForward = cell(ApplicationRow.CARRIED_FORWARD, column);
			if (received != null && carriedOver != null && processed != null && carriedForward != null
					&& received + carriedOver != processed + carriedForward) {
				return false;
			}
			Integer sum = 0;
			for (ApplicationRow row : ApplicationRow.of(this.report.format)) {
				if (row.isOutcome()) {
					Integer value = cell(row, column);
					sum = (sum == null || value == null) ? null : sum + value;
				}
			}
			if (processed != null && sum != null && !processed.equals(sum)) {
				return false;
			}
		}
		return true;
	}

	private Integer cell(ApplicationRow row, ApplicantColumn column) {
		Integer[] cells = this.rows.get(row);
		return (cells == null) ? null : cells[column.ordinal()];
	}

	private void finishOtherDisposal() {
		if (this.singleOther == null) {
			return;
		}
		this.findings.add(Finding.error("R-9", Location.row(ReportRules.TABLE_3, "otherDisposal"),
				"2021 年格式的「（六）其他处理」应分三行（逾期不补正、逾期未缴费、其他），本报告只印了一行 %s，三行均按空白处理"
					.formatted(Arrays.toString(this.singleOther))));
	}

	private boolean tableTwo(String label, List<Cells.Value> values) {
		if (this.section == 3 || this.section == 4 || values.isEmpty()) {
			return false;
		}
		String core = Labels.core(label).replace("信息内容", "");
		if (core.isEmpty() || core.length() > 20) {
			return false;
		}
		String key = switch (core) {
			case "规章" -> "regulations";
			case "行政规范性文件" -> "normativeDocuments";
			case "规范性文件" -> "normativeDocuments";
			case "行政许可" -> "licensing";
			case "行政处罚" -> "penalties";
			case "行政强制" -> "coercion";
			case "行政事业性收费" -> "fees";
			case "其他对外管理服务事项", "政府集中采购", "其他主动公开文件" -> "2019";
			default -> null;
		};
		String printed = core;
		if (key == null) {
			for (String name : List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费")) {
				if (core.length() >= 3 && Labels.similarity(core, name) >= 0.75) {
					key = switch (name) {
						case "规章" -> "regulations";
						case "行政规范性文件" -> "normativeDocuments";
						case "行政许可" -> "licensing";
						case "行政处罚" -> "penalties";
						case "行政强制" -> "coercion";
						default -> "fees";
					};
					this.findings.add(Finding.error("R-9", Location.row(ReportRules.TABLE_2, key),
							"表二标签「%s」与模板「%s」不一致（按「%s」读取）".formatted(label.strip(), name, name)));
					break;
				}
			}
		}
		if (key == null) {
			return false;
		}
		if (!values.stream().anyMatch(value -> value.kind() != Cells.Kind.BLANK) && this.section != 2) {
			return false;
		}
		if (this.report.format == TemplateFormat.F2019) {
			this.report.template2019Rows.put(printed, values.stream().map(Cells.Value::text).toList());
			this.tableTwoSeen.add(key);
			if (values.size() >= 3 && (key.equals("licensing") || key.equals("penalties") || key.equals("coercion"))) {
				setTableTwo(key, values.subList(values.size() - 1, values.size()));
			}
			return true;
		}
		if (key.equals("normativeDocuments") && core.equals("规范性文件")) {
			this.findings
				.add(Finding.error("R-9", Location.row(ReportRules.TABLE_2, key), "表二应写「行政规范性文件」，本报告写作「规范性文件」"));
		}
		if (key.equals("2019")) {
			this.report.template2019Rows.put(printed, values.stream().map(Cells.Value::text).toList());
			this.findings.add(Finding.error("R-9", Location.row(ReportRules.TABLE_2, core),
					"表二「%s」一行属于 2019 年试行格式，2021 年格式没有这一行".formatted(core)));
			return true;
		}
		if (!this.tableTwoSeen.add(key)) {
			this.findings
				.add(Finding.error("R-9", Location.row(ReportRules.TABLE_2, key), "表二「%s」一行出现两次".formatted(core)));
			return true;
		}
		setTableTwo(key, values);
		return true;
	}

	private void setTableTwo(String key, List<Cells.Value> printed) {
		ActiveDisclosure table = this.report.activeDisclosure;
		boolean documents = key.equals("regulations") || key.equals("normativeDocuments");
		int expected = documents ? 3 : 1;
		List<Cells.Value> values = trim(printed, expected);
		if (values.size() > expected) {
			List<Cells.Value> filled = values.stream().filter(value -> value.kind() != Cells.Kind.BLANK).toList();
			values = (filled.size() == expected) ? filled : values.subList(0, expected);
		}
		if (values.size() < expected) {
			List<Cells.Value> padded = new ArrayList<>();
			for (int i = values.size(); i < expected; i++) {
				padded.add(new Cells.Value("", Cells.Kind.BLANK));
			}
			padded.addAll(values);
			values = padded;
		}
		if (documents) {
			ActiveDisclosure.DocumentCounts counts = key.equals("regulations") ? table.regulations
					: table.normativeDocuments;
			counts.set(values.get(0).number(), values.get(1).number(), values.get(2).number());
			return;
		}
		Cells.Value value = values.get(0);
		switch (key) {
			case "licensing" -> table.licensing = value.number();
			case "penalties" -> table.penalties = value.number();
			case "coercion" -> table.coercion = value.number();
			default -> table.feesTenThousandYuan = Cells.decimal(value);
		}
	}

	private boolean appealGroupRow(String label, List<Cells.Value> values) {
		String core = Labels.core(label);
		AppealGroup group = switch (core) {
			case "行政复议" -> AppealGroup.RECONSIDERATION;
			case "未经复议直接起诉", "行政诉讼未经复议直接起诉" -> AppealGroup.LITIGATION_DIRECT;
			case "复议后起诉", "行政诉讼复议后起诉" -> AppealGroup.LITIGATION_AFTER_RECONSIDERATION;
			default -> null;
		};
		List<Cells.Value> trimmed = trim(values, AppealColumn.values().length);
		if (group == null || trimmed.size() != AppealColumn.values().length
				|| trimmed.stream().noneMatch(value -> value.kind() != Cells.Kind.BLANK)) {
			return false;
		}
		this.appealsByGroup = true;
		for (AppealColumn column : AppealColumn.values()) {
			this.report.setAppeal(group, column, trimmed.get(column.ordinal()).number());
		}
		return true;
	}

	private void finishAppeals() {
		if (this.appealsByGroup) {
			return;
		}
		List<Cells.Value> values = trim(this.appealValues, APPEAL_CELLS);
		if (values.isEmpty()) {
			return;
		}
		Integer[] cells;
		if (values.size() == APPEAL_CELLS && values.stream().noneMatch(value -> value.kind() == Cells.Kind.DIGITS)) {
			cells = numbers(values, "reviewAndLitigation", ReportRules.TABLE_4);
		}
		else {
			List<Integer[]> readings = RunTogether.readings(trim(values, 0), APPEAL_CELLS,
					ReportExtractor::appealTotalsFit);
			if (readings.size() == 1) {
				cells = readings.get(0);
			}
			else {
				cells = new Integer[APPEAL_CELLS];
				this.uncertainRows.add("reviewAndLitigation");
				this.findings.add(Finding.error("extraction-uncertain", Location.row(ReportRules.TABLE_4, null),
						readings.isEmpty() ? "表四读出 %d 个单元格（应有 15 个），无法确定各数字的位置".formatted(values.size())
								: "表四的数字连在一起，有 %d 种读法都符合各组合计，无法确定".formatted(readings.size())));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				this.report.setAppeal(group, column,
						cells[group.ordinal() * AppealColumn.values().length + column.ordinal()]);
			}
		}
	}

	private static boolean appealTotalsFit(Integer[] cells) {
		for (int group = 0; group < 3; group++) {
			int sum = 0;
			for (int i = 0; i < 4; i++) {
				Integer value = cells[group * 5 + i];
				if (value == null) {
					return true;
				}
				sum += value;
			}
			Integer total = cells[group * 5 + 4];
			if (total != null && total != sum) {
				return false;
			}
		}
		return true;
	}

	private int heading(String line) {
		String text = Labels.width(line).strip();
		if (text.isEmpty() || (text.charAt(0) != '第' && "一二三四五六".indexOf(text.charAt(0)) < 0)) {
			return 0;
		}
		Matcher matcher = HEADING.matcher(text);
		if (!matcher.matches() || TRAILING_DIGIT.matcher(text).find()) {
			return 0;
		}
		int printed = "一二三四五六".indexOf(matcher.group(1)) + 1;
		String core = Labels.core(matcher.group(2));
		int number;
		if (core.contains("总体情况")) {
			number = 1;
		}
		else if (core.contains("主动公开") && core.contains("情况")) {
			number = 2;
		}
		else if (core.contains("收到和处理") || core.endsWith("申请情况")) {
			number = 3;
		}
		else if (core.contains("行政复议") || core.contains("行政诉讼")) {
			number = 4;
		}
		else if (core.contains("存在的主要问题") || core.contains("改进情况")) {
			number = 5;
		}
		else if (core.contains("其他需要报告")) {
			number = 6;
		}
		else {
			return 0;
		}
		String official = Labels.core(ReportSection.HEADINGS.get(number - 1));
		if (printed != number) {
			this.findings.add(Finding.error("R-9", Location.sentence(text),
					"「%s」应为第%s部分，而编号为「%s」".formatted(text, ReportRules.numeral(number), matcher.group(1))));
		}
		else if (!core.equals(official) && !acceptedOldHeading(number, core)) {
			this.findings.add(Finding.warning("R-9", Location.sentence(text), "第%s部分标题「%s」与模板「%s」不一致".formatted(
					ReportRules.numeral(number), matcher.group(2).strip(), ReportSection.HEADINGS.get(number - 1))));
		}
		this.report.sections.add(new ReportSection(number, text, ""));
		return number;
	}

	private boolean acceptedOldHeading(int number, String core) {
		return this.report.format == TemplateFormat.F2019
				&& (core.equals("行政机关" + Labels.core(ReportSection.HEADINGS.get(number - 1)))
						|| core.equals("政府信息公开工作" + Labels.core(ReportSection.HEADINGS.get(number - 1)))
						|| core.contains("被申请行政复议"));
	}

	private void finishSections() {
		List<ReportSection> sections = new ArrayList<>();
		for (ReportSection section : this.report.sections) {
			StringBuilder text = this.texts[section.number()];
			sections.add(new ReportSection(section.number(), section.heading(), (text == null) ? "" : text.toString()));
		}
		this.report.sections.clear();
		this.report.sections.addAll(sections);
	}

	private void checkColumnHeaders() {
		if (this.rows.isEmpty() || this.header3.isEmpty()) {
			return;
		}
		String header = this.header3.toString();
		List<String> missing = new ArrayList<>();
		for (String label : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计")) {
			if (label.chars().anyMatch(c -> header.indexOf(c) < 0)) {
				missing.add(label);
			}
		}
		if (!missing.isEmpty()) {
			this.findings.add(Finding.warning("R-9", Location.row(ReportRules.TABLE_3, null),
					"表三表头缺少或写错了列名：%s".formatted(String.join("、", missing))));
		}
	}

}
