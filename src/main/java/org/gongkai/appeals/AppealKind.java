package org.gongkai.appeals;

/**
 * What kind of proceeding a case is: the three groups of table 四 of the annual report
 * (国办公开办函〔2021〕30号).
 */
public enum AppealKind {

	/** 行政复议: an administrative reconsideration before the reconsideration body (复议机关). */
	RECONSIDERATION("reconsideration", "行政复议"),
	/** 行政诉讼·未经复议直接起诉: a lawsuit brought directly, without reconsideration. */
	LITIGATION_DIRECT("litigationDirect", "行政诉讼（未经复议直接起诉）"),
	/**
	 * 行政诉讼·复议后起诉: a lawsuit brought after a reconsideration, linked to that
	 * reconsideration case.
	 */
	LITIGATION_AFTER_RECONSIDERATION("litigationAfterReconsideration", "行政诉讼（复议后起诉）");

	private final String key;

	private final String label;

	AppealKind(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/**
	 * The Chinese name, as table 四 heads the group (for the audit trail; pages take
	 * theirs from the bundle).
	 */
	public String label() {
		return label;
	}

	/**
	 * The group key of the annual-report JSON's {@code reviewAndLitigation}, such as
	 * {@code litigationDirect}.
	 */
	public String key() {
		return key;
	}

	/** Whether the case is before a court (行政诉讼) rather than a reconsideration body. */
	public boolean isLitigation() {
		return this != RECONSIDERATION;
	}

}
