package org.gongkai.reports;

/** The five columns of each group of table 四. */
public enum AppealColumn {

	UPHELD("upheld", "结果维持"), CORRECTED("corrected", "结果纠正"), OTHER("other", "其他结果"), PENDING("pending", "尚未审结"),
	TOTAL("total", "总计");

	private final String key;

	private final String label;

	AppealColumn(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The JSON key. */
	public String key() {
		return this.key;
	}

	/** The column's label. */
	public String label() {
		return this.label;
	}

}
