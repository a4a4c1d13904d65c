package org.gongkai.reports;

/** The three groups of table 四: 行政复议 and the two kinds of 行政诉讼. */
public enum AppealGroup {

	RECONSIDERATION("reconsideration", "行政复议"), LITIGATION_DIRECT("litigationDirect", "未经复议直接起诉"),
	LITIGATION_AFTER_RECONSIDERATION("litigationAfterReconsideration", "复议后起诉");

	private final String key;

	private final String label;

	AppealGroup(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The JSON key. */
	public String key() {
		return this.key;
	}

	/** The group's label. */
	public String label() {
		return this.label;
	}

}
