package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule engine of the annual report: every consistency rule of regulations.md §2.2
 * (R-OFF-1, R-1 to R-9) and the plausibility warnings, over the record model
 * {@link AnnualReport}. One implementation, used by the compiler of the annual report
 * before sign-off and by the checker of published reports.
 * <p>
 * A rule with a blank operand is not evaluated: the blank cell is its own finding.
 */
public final class ReportRules {

	/**
	 * What the engine may know beyond the report itself.
	 *
	 * @param mayMakeRegulations whether the agency may make 规章 (a government of a 设区的市 or
	 * above, a State Council department); {@code null} when unknown, then inferred from
	 * the name as a warning only
	 * @param feesCollectedYuan the 信息处理费 the fee records hold for the year, in 元;
	 * {@code null} when unknown
	 */
	public record Context(Boolean mayMakeRegulations, BigDecimal feesCollectedYuan) {

		/** Nothing known beyond the report. */
		public static Context unknown() {
			return new Context(null, null);
		}

	}

	static final String TABLE_2 = "二";

	static final String TABLE_3 = "三";

	static final String TABLE_4 = "四";

	private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

	private static final Pattern COUNT = Pattern.compile("(\\d[\\d,]*)\\s*(件|个|宗|起|份)");

	private static final Pattern FEE = Pattern.compile("信息处理费[^。；;]*?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)|"
			+ "收取[^。；;]*?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)[^。；;]*信息处理费");

	private static final Pattern LOWER_LEVEL = Pattern.compile("(县|区|旗|乡|镇|街道|局|委员会|办公室|中心|院|所|站|队)");

	private ReportRules() {
	}

	/** Checks one report with nothing known beyond it. */
	public static List<Finding> check(AnnualReport report) {
		return check(report, Context.unknown());
	}

	/** Checks one report: every rule of a single year, errors and warnings. */
	public static List<Finding> check(AnnualReport report, Context context) {
		List<Finding> findings = new ArrayList<>();
		nonNegativeAndFilled(report, findings);
		balance(report, findings);
		verticalSums(report, findings);
		rowTotals(report, findings);
		appealTotals(report, findings);
		regulations(report, context, findings);
		narrative(report, findings);
		fees(report, context, findings);
		structure(report, findings);
		plausibility(report, findings);
		return findings;
	}

	/**
	 * The cross-year rules between two reports of one agency, {@code previous} the year
	 * before.
	 */
	public static List<Finding> checkYears(YearFigures previous, YearFigures current) {
		List<Finding> findings = new ArrayList<>();
		if (previous == null || current == null || previous.year() + 1 != current.year()
				|| !Objects.equals(previous.agency(), current.agency())) {
			return findings;
		}
		for (ApplicantColumn column : ApplicantColumn.values()) {
			Integer before = previous.carriedForward()[column.ordinal()];
			Integer now = current.carriedOver()[column.ordinal()];
			if (before != null && now != null && !before.equals(now)) {
				findings
					.add(Finding.warning("R-4", Location.cell(TABLE_3, ApplicationRow.CARRIED_OVER.key(), column.key()),
							"%d 年「二、上年结转」%s为 %d，与 %d 年报告「四、结转下年度继续办理」的 %d 不一致".formatted(current.year(), column.label(),
									now, previous.year(), before)));
			}
		}
		if (previous.normativeInForce() != null && current.normativeInForce() != null
				&& current.normativeIssued() != null && current.normativeRepealed() != null) {
			int expected = previous.normativeInForce() + current.normativeIssued() - current.normativeRepealed();
			if (expected != current.normativeInForce()) {
				findings.add(Finding.warning("R-7", Location.cell(TABLE_2, "normativeDocuments", "inForce"),
						"行政规范性文件现行有效件数 %d，而上年现行有效 %d + 本年制发 %d − 本年废止 %d = %d".formatted(current.normativeInForce(),
								previous.normativeInForce(), current.normativeIssued(), current.normativeRepealed(),
								expected)));
			}
		}
		jump(previous.newlyReceived(), current.newlyReceived(), ApplicationRow.NEWLY_RECEIVED.key(), TABLE_3, "本年新收申请",
				previous.year(), current.year(), findings);
		jump(previous.reconsiderations(), current.reconsiderations(), AppealGroup.RECONSIDERATION.key(), TABLE_4,
				"行政复议", previous.year(), current.year(), findings);
		return findings;
	}

	private static void jump(Integer before, Integer now, String row, String table, String what, int previousYear,
			int year, List<Finding> findings) {
		if (before == null || now == null || Math.max(before, now) < 20) {
			return;
		}
		if (before == 0 || now == 0 || now > before * 5 || now * 5 < before) {
			findings.add(Finding.warning("W-year-jump", Location.cell(table, row, "total"),
					"%s由 %d 年的 %d 变为 %d 年的 %d，变化超过五倍，请核实".formatted(what, previousYear, before, year, now)));
		}
	}

	private static void nonNegativeAndFilled(AnnualReport report, List<Finding> findings) {
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			List<String> blank = new ArrayList<>();
			for (ApplicantColumn column : ApplicantColumn.values()) {
				Integer value = report.application(row, column);
				if (value == null) {
					blank.add(column.label());
				}
				else if (value < 0) {
					findings.add(Finding.error("R-5", Location.cell(TABLE_3, row.key(), column.key()),
							"「%s」%s为负数 %d".formatted(row.label(), column.label(), value)));
				}
			}
			if (blank.size() == ApplicantColumn.values().length) {
				findings.add(Finding.error("R-5", Location.row(TABLE_3, row.key()),
						"表三缺少「%s」一行（或整行未填），应填写数字，没有的填 0".formatted(row.label())));
			}
			else if (!blank.isEmpty()) {
				findings.add(Finding.error("R-5",
						Location.cell(TABLE_3, row.key(),
								(blank.size() == 1) ? columnKey(blank.get(0)) : String.join(",", columnKeys(blank))),
						"「%s」%s未填数字（空白或以“/”“-”代替），应填 0".formatted(row.label(), String.join("、", blank))));
			}
		}
		for (AppealGroup group : AppealGroup.values()) {
			for (AppealColumn column : AppealColumn.values()) {
				Integer value = report.appeal(group, column);
				if (value == null) {
					findings.add(Finding.error("R-5", Location.cell(TABLE_4, group.key(), column.key()),
							"表四「%s」%s未填数字，应填 0".formatted(group.label(), column.label())));
				}
				else if (value < 0) {
					findings.add(Finding.error("R-5", Location.cell(TABLE_4, group.key(), column.key()),
							"表四「%s」%s为负数 %d".formatted(group.label(), column.label(), value)));
				}
			}
		}
		ActiveDisclosure table = report.activeDisclosure();
		if (report.format() == TemplateFormat.F2021) {
			documentCells(table.regulations(), "regulations", "规章", findings);
			documentCells(table.normativeDocuments(), "normativeDocuments", "行政规范性文件", findings);
			tableTwoCell(table.licensing(), "licensing", "行政许可", findings);
			tableTwoCell(table.penalties(), "penalties", "行政处罚", findings);
			tableTwoCell(table.coercion(), "coercion", "行政强制", findings);
			if (table.feesTenThousandYuan() == null) {
				findings.add(Finding.error("R-5", Location.cell(TABLE_2, "feesTenThousandYuan", null),
						"表二行政事业性收费金额未填数字，应填 0"));
			}
			else if (table.feesTenThousandYuan().signum() < 0) {
				findings
					.add(Finding.error("R-5", Location.cell(TABLE_2, "feesTenThousandYuan", null), "表二行政事业性收费金额为负数"));
			}
		}
	}

	private static void documentCells(ActiveDisclosure.DocumentCounts counts, String row, String label,
			List<Finding> findings) {
		tableTwoCell(counts.issued(), row + ".issued", label + "本年制发件数", findings);
		tableTwoCell(counts.repealed(), row + ".repealed", label + "本年废止件数", findings);
		tableTwoCell(counts.inForce(), row + ".inForce", label + "现行有效件数", findings);
	}

	private static void tableTwoCell(Integer value, String key, String label, List<Finding> findings) {
		int dot = key.indexOf('.');
		Location location = (dot < 0) ? Location.cell(TABLE_2, key, null)
				: Location.cell(TABLE_2, key.substring(0, dot), key.substring(dot + 1));
		if (value == null) {
			findings.add(Finding.error("R-5", location, "表二「%s」未填数字（空白或以“/”“-”代替），应填 0".formatted(label)));
		}
		else if (value < 0) {
			findings.add(Finding.error("R-5", location, "表二「%s」为负数 %d".formatted(label, value)));
		}
	}

	private static String columnKey(String label) {
		for (ApplicantColumn column : ApplicantColumn.values()) {
			if (column.label().equals(label)) {
				return column.key();
			}
		}
		return label;
	}

	private static List<String> columnKeys(List<String> labels) {
		return labels.stream().map(ReportRules::columnKey).toList();
	}

	private static void balance(AnnualReport report, List<Finding> findings) {
		for (ApplicantColumn column : ApplicantColumn.values()) {
			Integer received = report.application(ApplicationRow.NEWLY_RECEIVED, column);
			Integer carriedOver = report.application(ApplicationRow.CARRIED_OVER, column);
			Integer processed = report.application(ApplicationRow.TOTAL_PROCESSED, column);
			Integer carriedForward = report.application(ApplicationRow.CARRIED_FORWARD, column);
			if (received == null || carriedOver == null || processed == null || carriedForward == null) {
				continue;
			}
			if (received + carriedOver != processed + carriedForward) {
				findings.add(Finding.error("R-OFF-1",
						Location.cell(TABLE_3, ApplicationRow.TOTAL_PROCESSED.key(), column.key()),
						"%s列：本年新收 %d + 上年结转 %d = %d，不等于办理结果总计 %d + 结转下年度 %d = %d".formatted(column.label(), received,
								carriedOver, received + carriedOver, processed, carriedForward,
								processed + carriedForward)));
			}
		}
	}

	private static void verticalSums(AnnualReport report, List<Finding> findings) {
		for (ApplicantColumn column : ApplicantColumn.values()) {
			Integer total = report.application(ApplicationRow.TOTAL_PROCESSED, column);
			Integer sum = 0;
			for (ApplicationRow row : ApplicationRow.of(report.format())) {
				if (row.isOutcome()) {
					Integer value = report.application(row, column);
					sum = (sum == null || value == null) ? null : sum + value;
				}
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(
						Finding.error("R-1", Location.cell(TABLE_3, ApplicationRow.TOTAL_PROCESSED.key(), column.key()),
								"%s列：（七）总计为 %d，而（一）至（六）各项之和为 %d".formatted(column.label(), total, sum)));
			}
		}
	}

	private static void rowTotals(AnnualReport report, List<Finding> findings) {
		for (ApplicationRow row : ApplicationRow.of(report.format())) {
			Integer total = report.application(row, ApplicantColumn.TOTAL);
			Integer sum = 0;
			for (ApplicantColumn column : ApplicantColumn.values()) {
				if (column != ApplicantColumn.TOTAL) {
					Integer value = report.application(row, column);
					sum = (sum == null || value == null) ? null : sum + value;
				}
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(Finding.error("R-2", Location.cell(TABLE_3, row.key(), ApplicantColumn.TOTAL.key()),
						"「%s」总计为 %d，而各类申请人之和为 %d".formatted(row.label(), total, sum)));
			}
		}
	}

	private static void appealTotals(AnnualReport report, List<Finding> findings) {
		for (AppealGroup group : AppealGroup.values()) {
			Integer total = report.appeal(group, AppealColumn.TOTAL);
			Integer sum = 0;
			for (AppealColumn column : AppealColumn.values()) {
				if (column != AppealColumn.TOTAL) {
					Integer value = report.appeal(group, column);
					sum = (sum == null || value == null) ? null : sum + value;
				}
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(Finding.error("R-3", Location.cell(TABLE_4, group.key(), AppealColumn.TOTAL.key()),
						"表四「%s」总计为 %d，而结果维持、结果纠正、其他结果、尚未审结之和为 %d".formatted(group.label(), total, sum)));
			}
		}
	}

	private static void regulations(AnnualReport report, Context context, List<Finding> findings) {
		ActiveDisclosure.DocumentCounts regulations = report.activeDisclosure().regulations();
		int any = value(regulations.issued()) + value(regulations.repealed()) + value(regulations.inForce());
		if (any <= 0 || Boolean.TRUE.equals(context.mayMakeRegulations())) {
			return;
		}
		Location location = Location.row(TABLE_2, "regulations");
		if (Boolean.FALSE.equals(context.mayMakeRegulations())) {
			findings.add(Finding.error("R-7", location, "本机关无权制定规章，表二规章一行应为 0"));
		}
		else if (report.agency() != null && !report.agency().endsWith("人民政府")
				&& LOWER_LEVEL.matcher(report.agency()).find()) {
			findings.add(Finding.warning("R-7", location,
					"只有设区的市以上人民政府和国务院部门可以制定规章，「%s」填报规章 %d 件，请核实".formatted(report.agency(), any)));
		}
	}

	private static int value(Integer cell) {
		return (cell == null) ? 0 : Math.max(cell, 0);
	}

	private static void narrative(AnnualReport report, List<Finding> findings) {
		ReportSection overview = report.section(1);
		if (overview == null) {
			return;
		}
		Integer received = report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
		Integer carriedOver = report.application(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL);
		Integer processed = report.application(ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL);
		Integer carriedForward = report.application(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL);
		Integer reconsideration = report.appeal(AppealGroup.RECONSIDERATION, AppealColumn.TOTAL);
		Integer litigation = sum(report.appeal(AppealGroup.LITIGATION_DIRECT, AppealColumn.TOTAL),
				report.appeal(AppealGroup.LITIGATION_AFTER_RECONSIDERATION, AppealColumn.TOTAL));
		for (String sentence : SENTENCE_END.split(overview.text())) {
			if (sentence.isBlank()) {
				continue;
			}
			boolean aboutApplications = sentence.contains("申请");
			Matcher count = COUNT.matcher(sentence);
			int clauseStart = 0;
			while (count.find()) {
				int value = Integer.parseInt(count.group(1).replace(",", ""));
				String clause = sentence.substring(clauseStart, count.start());
				int comma = Math.max(Math.max(clause.lastIndexOf('，'), clause.lastIndexOf(',')),
						clause.lastIndexOf('、'));
				String near = (comma >= 0 && clause.length() - comma > 4) ? clause.substring(comma + 1) : clause;
				clauseStart = count.end();
				String trimmed = sentence.strip();
				if (near.contains("行政复议") || (near.contains("复议") && !near.contains("申请"))) {
					compare(value, reconsideration, "行政复议案件数", trimmed, findings, AppealGroup.RECONSIDERATION.key());
				}
				else if (near.contains("行政诉讼") || near.contains("起诉")) {
					compare(value, litigation, "行政诉讼案件数", trimmed, findings, "litigation");
				}
				else if (!aboutApplications || near.contains("咨询") || near.contains("投诉") && !near.contains("申请")) {
					continue;
				}
				else if (near.contains("结转") && (near.contains("上年") || near.contains("上一年") || near.contains("去年"))) {
					compare(value, carriedOver, "上年结转申请数", trimmed, findings, ApplicationRow.CARRIED_OVER.key());
				}
				else if (near.contains("结转") || near.contains("转入下")) {
					compare(value, carriedForward, "结转下年度申请数", trimmed, findings, ApplicationRow.CARRIED_FORWARD.key());
				}
				else if (near.contains("办结") || near.contains("答复") || near.contains("办理完毕") || near.contains("已回复")) {
					compare(value, processed, "办结申请数", trimmed, findings, ApplicationRow.TOTAL_PROCESSED.key());
				}
				else if (near.contains("予以公开") || near.contains("部分公开") || near.contains("不予公开")) {
					continue;
				}
				else if (received != null && carriedOver != null && value == received + carriedOver) {
					continue;
				}
				else {
					compare(value, received, "本年新收申请数", trimmed, findings, ApplicationRow.NEWLY_RECEIVED.key());
				}
			}
		}
	}

	private static Integer sum(Integer a, Integer b) {
		return (a == null || b == null) ? null : a + b;
	}

	private static void compare(int stated, Integer table, String what, String sentence, List<Finding> findings,
			String row) {
		if (table != null && table != stated) {
			findings.add(Finding.error("R-6",
					new Location(row.equals(AppealGroup.RECONSIDERATION.key()) || row.equals("litigation") ? TABLE_4
							: TABLE_3, row, "total", sentence),
					"正文所述%s为 %d，与表格中的 %d 不一致".formatted(what, stated, table)));
		}
	}

	private static void fees(AnnualReport report, Context context, List<Finding> findings) {
		ReportSection other = report.section(6);
		if (other == null) {
			return;
		}
		Matcher fee = FEE.matcher(other.text());
		if (!fee.find()) {
			return;
		}
		String amount = (fee.group(1) != null) ? fee.group(1) : fee.group(3);
		String unit = (fee.group(2) != null) ? fee.group(2) : fee.group(4);
		BigDecimal yuan = new BigDecimal(amount.replace(",", ""));
		if (unit.equals("万元")) {
			yuan = yuan.multiply(BigDecimal.valueOf(10000));
		}
		Location location = Location.sentence(fee.group().strip());
		if (context.feesCollectedYuan() != null && context.feesCollectedYuan().compareTo(yuan) != 0) {
			findings.add(Finding.error("R-8", location, "第六部分所述信息处理费 %s 元与收费记录的 %s 元不一致"
				.formatted(yuan.stripTrailingZeros().toPlainString(), context.feesCollectedYuan().toPlainString())));
		}
		Integer received = report.application(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
		Integer carriedOver = report.application(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL);
		if (yuan.signum() > 0 && received != null && carriedOver != null && received + carriedOver == 0) {
			findings.add(Finding.error("R-8", location,
					"第六部分称收取信息处理费 %s 元，但表三本年没有任何申请".formatted(yuan.stripTrailingZeros().toPlainString())));
		}
	}

	private static void structure(AnnualReport report, List<Finding> findings) {
		int expected = 1;
		List<Integer> seen = new ArrayList<>();
		for (ReportSection section : report.sections()) {
			seen.add(section.number());
		}
		for (int number = 1; number <= 6; number++) {
			if (!seen.contains(number)) {
				findings.add(Finding.error("R-9", Location.sentence(ReportSection.HEADINGS.get(number - 1)),
						"缺少第%s部分「%s」".formatted(numeral(number), ReportSection.HEADINGS.get(number - 1))));
			}
		}
		for (ReportSection section : report.sections()) {
			if (section.number() < expected) {
				findings.add(Finding.error("R-9", Location.sentence(section.heading()),
						"第%s部分「%s」的位置不对：六个部分应按一至六的顺序".formatted(numeral(section.number()), section.heading())));
			}
			expected = Math.max(expected, section.number());
		}
		if (report.year() != null && TemplateFormat.forYear(report.year()) != report.format()) {
			findings.add(Finding.error("R-9", Location.report(), "%d 年度报告应使用%s格式，实际使用的是%s格式".formatted(report.year(),
					formatName(TemplateFormat.forYear(report.year())), formatName(report.format()))));
		}
	}

	static String formatName(TemplateFormat format) {
		return (format == TemplateFormat.F2021) ? "2021 年（国办公开办函〔2021〕30号）" : "2019 年试行（国办公开办函〔2019〕60号）";
	}

	static String numeral(int number) {
		return "一二三四五六七八九十".substring(number - 1, number);
	}

	private static void plausibility(AnnualReport report, List<Finding> findings) {
		Integer processed = report.application(ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL);
		if (processed != null && processed >= 10) {
			int other = 0;
			for (ApplicationRow row : ApplicationRow.of(report.format())) {
				if (row.group() == ApplicationRow.Group.OTHER_DISPOSAL) {
					other += value(report.application(row, ApplicantColumn.TOTAL));
				}
			}
			if (other * 5 > processed) {
				findings.add(Finding.warning("W-other-share", Location.row(TABLE_3, "otherDisposal"),
						"「其他处理」%d 件，占办理结果总计 %d 件的 %d%%；该项只应用于极少数特殊情况".formatted(other, processed,
								other * 100 / processed)));
			}
		}
		if (report.allZero()) {
			findings.add(Finding.warning("W-all-zero", Location.report(), "表二、表三、表四全部为 0：请确认本年确无相关事项"));
		}
	}

}
