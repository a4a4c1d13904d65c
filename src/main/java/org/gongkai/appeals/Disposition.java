package org.gongkai.appeals;

/**
 * How a case ended, as the decision (复议决定书) or the judgment or ruling (判决书、裁定书) says, and
 * thereby which result column of table 四 it counts in. Staff choose what the document
 * says; the column follows from it, so two people entering the same decision count it
 * alike. The mapping is our reading of the 行政复议法 and the 行政诉讼法 (see docs/appeals.md): a
 * decision on the merits that leaves the agency's act standing is 维持, one that revokes,
 * alters, declares unlawful or orders the agency to act is 纠正, and an ending without a
 * decision on the merits (withdrawal, settlement, dismissal on procedure, termination) is
 * 其他 (observation R6 of the reference: a withdrawn reconsideration counts under 其他结果).
 */
public enum Disposition {

	/** 决定维持: the reconsideration body upholds the act (reconsideration only). */
	UPHELD(AppealResult.UPHELD, false, true, false, "决定维持", "决定维持"),
	/** 驳回复议请求 / 判决驳回诉讼请求: the claim fails on the merits. */
	CLAIM_REJECTED(AppealResult.UPHELD, false, true, true, "驳回复议请求", "判决驳回诉讼请求"),
	/** 撤销或部分撤销 (usually with an order to reply anew, 责令重新答复). */
	REVOKED(AppealResult.CORRECTED, true, true, true, "撤销或部分撤销", "判决撤销或部分撤销"),
	/** 变更: the body or court alters the reply itself; the agency carries it out. */
	ALTERED(AppealResult.CORRECTED, true, true, true, "变更", "判决变更"),
	/** 责令履行 / 判决履行: the agency must reply (typically after failing to reply in time). */
	ORDERED_TO_ACT(AppealResult.CORRECTED, true, true, true, "责令履行（限期答复）", "判决履行（限期答复）"),
	/**
	 * 确认违法 without revocation: the act is declared unlawful but stands; nothing is
	 * handled again.
	 */
	DECLARED_UNLAWFUL(AppealResult.CORRECTED, false, true, true, "确认违法", "判决确认违法"),
	/**
	 * 确认无效 (行政复议法 Art. 67, 行政诉讼法 Art. 75): the act is void from the start, so the
	 * application stands unanswered and is handled again; counted as 纠正 like every
	 * finding against the act.
	 */
	CONFIRMED_VOID(AppealResult.CORRECTED, true, true, true, "确认无效", "判决确认无效"),
	/** 驳回复议申请 / 裁定驳回起诉、不予立案: dismissed without a decision on the merits. */
	DISMISSED(AppealResult.OTHER, false, true, true, "驳回复议申请", "裁定驳回起诉"),
	/** 申请人撤回复议申请 / 原告撤诉: withdrawn by the applicant. */
	WITHDRAWN(AppealResult.OTHER, false, true, true, "申请人撤回，终止复议", "原告撤诉"),
	/** 调解、和解: settled. */
	SETTLED(AppealResult.OTHER, false, true, true, "调解或和解", "调解结案"),
	/** 终止复议 / 终结诉讼 for any other reason. */
	TERMINATED(AppealResult.OTHER, false, true, true, "其他原因终止复议", "终结诉讼");

	private final AppealResult result;

	private final boolean sendsBack;

	private final boolean forReconsideration;

	private final boolean forLitigation;

	private final String reconsiderationLabel;

	private final String litigationLabel;

	Disposition(AppealResult result, boolean sendsBack, boolean forReconsideration, boolean forLitigation,
			String reconsiderationLabel, String litigationLabel) {
		this.result = result;
		this.sendsBack = sendsBack;
		this.forReconsideration = forReconsideration;
		this.forLitigation = forLitigation;
		this.reconsiderationLabel = reconsiderationLabel;
		this.litigationLabel = litigationLabel;
	}

	/**
	 * The Chinese wording for a case of {@code kind} (for the audit trail; pages take
	 * theirs from the bundle).
	 */
	public String label(AppealKind kind) {
		return kind.isLitigation() ? litigationLabel : reconsiderationLabel;
	}

	/** The result column of table 四 this disposition counts in. */
	public AppealResult result() {
		return result;
	}

	/**
	 * Whether the agency must handle the application again: a correcting result other
	 * than a bare declaration of unlawfulness reopens the linked application.
	 */
	public boolean sendsBack() {
		return sendsBack;
	}

	/** Whether a case of {@code kind} can end this way. */
	public boolean appliesTo(AppealKind kind) {
		return kind.isLitigation() ? forLitigation : forReconsideration;
	}

}
