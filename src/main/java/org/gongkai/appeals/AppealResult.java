package org.gongkai.appeals;

/**
 * How a case stands for table 四: the four result columns 结果维持, 结果纠正, 其他结果 and 尚未审结.
 * Exactly one applies to a case at any moment, so that 总计 is their sum (rule R-3).
 */
public enum AppealResult {

	/** 尚未审结: no decision yet. */
	PENDING("pending", "尚未审结", "soon"),
	/** 结果维持: the agency's act stands (upheld, or the claim rejected on the merits). */
	UPHELD("upheld", "结果维持", "ok"),
	/**
	 * 结果纠正: the act was revoked, altered, declared unlawful or the agency ordered to act.
	 */
	CORRECTED("corrected", "结果纠正", "late"),
	/**
	 * 其他结果: ended without a decision on the merits (withdrawn, settled, dismissed on
	 * procedure, terminated).
	 */
	OTHER("other", "其他结果", "paused");

	private final String key;

	private final String label;

	private final String cssClass;

	AppealResult(String key, String label, String cssClass) {
		this.key = key;
		this.label = label;
		this.cssClass = cssClass;
	}

	/** The official column label of table 四. */
	public String label() {
		return label;
	}

	/** The column key of the annual-report JSON, such as {@code corrected}. */
	public String key() {
		return key;
	}

	/**
	 * The badge colour of the console: green upheld, red corrected, grey other, yellow
	 * pending.
	 */
	public String cssClass() {
		return cssClass;
	}

}
