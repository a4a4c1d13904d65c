package org.gongkai.reports;

import java.util.List;

/**
 * The 25 rows of table 三 (收到和处理政府信息公开申请情况) in the order of the 2021 template, with their
 * JSON keys (docs/report-json.md) and labels. The 2019 trial template has one row for
 * （六）其他处理, which is {@link #OTHER_DISPOSAL_OTHER} there.
 */
public enum ApplicationRow {

	NEWLY_RECEIVED("newlyReceived", "一、本年新收政府信息公开申请数量", Group.NONE, "本年新收"),

	CARRIED_OVER("carriedOver", "二、上年结转政府信息公开申请数量", Group.NONE, "上年结转"),

	GRANTED("granted", "（一）予以公开", Group.OUTCOME, "予以公开"),

	PARTIALLY_GRANTED("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group.OUTCOME, "部分公开"),

	WITHHELD_STATE_SECRET("withheld.stateSecret", "1.属于国家秘密", Group.WITHHELD, "属于国家秘密"),

	WITHHELD_PROHIBITED_BY_LAW("withheld.prohibitedByLaw", "2.其他法律行政法规禁止公开", Group.WITHHELD, "其他法律行政法规禁止公开"),

	WITHHELD_ENDANGERS_SECURITY("withheld.endangersSecurityOrStability", "3.危及“三安全一稳定”", Group.WITHHELD, "危及三安全一稳定"),

	WITHHELD_THIRD_PARTY("withheld.thirdPartyRights", "4.保护第三方合法权益", Group.WITHHELD, "保护第三方合法权益"),

	WITHHELD_INTERNAL_AFFAIRS("withheld.internalAffairs", "5.属于三类内部事务信息", Group.WITHHELD, "属于三类内部事务信息"),

	WITHHELD_PROCESS_INFORMATION("withheld.processInformation", "6.属于四类过程性信息", Group.WITHHELD, "属于四类过程性信息"),

	WITHHELD_LAW_ENFORCEMENT("withheld.lawEnforcementFile", "7.属于行政执法案卷", Group.WITHHELD, "属于行政执法案卷"),

	WITHHELD_ADMINISTRATIVE_QUERY("withheld.administrativeQuery", "8.属于行政查询事项", Group.WITHHELD, "属于行政查询事项"),

	UNAVAILABLE_NOT_HELD("unavailable.notHeld", "1.本机关不掌握相关政府信息", Group.UNAVAILABLE, "本机关不掌握相关政府信息"),

	UNAVAILABLE_NEEDS_CREATION("unavailable.needsCreation", "2.没有现成信息需要另行制作", Group.UNAVAILABLE, "没有现成信息需要另行制作"),

	UNAVAILABLE_UNCLEAR("unavailable.unclearAfterCorrection", "3.补正后申请内容仍不明确", Group.UNAVAILABLE, "补正后申请内容仍不明确"),

	NOT_PROCESSED_PETITION("notProcessed.petitionOrComplaint", "1.信访举报投诉类申请", Group.NOT_PROCESSED, "信访举报投诉类申请"),

	NOT_PROCESSED_REPEATED("notProcessed.repeated", "2.重复申请", Group.NOT_PROCESSED, "重复申请"),

	NOT_PROCESSED_PUBLICATION("notProcessed.publication", "3.要求提供公开出版物", Group.NOT_PROCESSED, "要求提供公开出版物"),

	NOT_PROCESSED_EXCESSIVE("notProcessed.excessive", "4.无正当理由大量反复申请", Group.NOT_PROCESSED, "无正当理由大量反复申请"),

	NOT_PROCESSED_CONFIRMATION("notProcessed.confirmationOfObtained", "5.要求行政机关确认或重新出具已获取信息", Group.NOT_PROCESSED,
			"要求行政机关确认或重新出具已获取信息"),

	OTHER_DISPOSAL_CORRECTION_OVERDUE("otherDisposal.correctionOverdue", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			Group.OTHER_DISPOSAL, "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请"),

	OTHER_DISPOSAL_FEE_UNPAID("otherDisposal.feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group.OTHER_DISPOSAL,
			"申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请"),

	OTHER_DISPOSAL_OTHER("otherDisposal.other", "3.其他", Group.OTHER_DISPOSAL, "其他"),

	TOTAL_PROCESSED("totalProcessed", "（七）总计", Group.NONE, "总计"),

	CARRIED_FORWARD("carriedForward", "四、结转下年度继续办理", Group.NONE, "结转下年度继续办理");

	/** The outcome groups of 三、本年度办理结果. */
	public enum Group {

		NONE(""), OUTCOME(""), WITHHELD("不予公开"), UNAVAILABLE("无法提供"), NOT_PROCESSED("不予处理"), OTHER_DISPOSAL("其他处理");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		/** The group's label without numbering, such as 不予公开. */
		public String label() {
			return this.label;
		}

	}

	private final String key;

	private final String label;

	private final Group group;

	private final String name;

	ApplicationRow(String key, String label, Group group, String name) {
		this.key = key;
		this.label = label;
		this.group = group;
		this.name = name;
	}

	/** The JSON key, dotted for nested rows ({@code withheld.stateSecret}). */
	public String key() {
		return this.key;
	}

	/** The official label. */
	public String label() {
		return this.label;
	}

	/** The outcome group of the row. */
	public Group group() {
		return this.group;
	}

	/** The official label without numbering, punctuation or quotation marks. */
	public String itemName() {
		return this.name;
	}

	/** Whether the row is one of the outcome rows that R-1 sums into （七）总计. */
	public boolean isOutcome() {
		return this.group != Group.NONE;
	}

	/** The rows of the given template, in order; the 2019 template lacks （六）1 and 2. */
	public static List<ApplicationRow> of(TemplateFormat format) {
		List<ApplicationRow> rows = List.of(values());
		return (format == TemplateFormat.F2021) ? rows
				: rows.stream()
					.filter(row -> row != OTHER_DISPOSAL_CORRECTION_OVERDUE && row != OTHER_DISPOSAL_FEE_UNPAID)
					.toList();
	}

}
