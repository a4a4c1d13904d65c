package org.gongkai.disclosure;

/** What the registry holds (table 二, Article 20 item 1 of the Regulations). */
public enum DocumentKind {

	/**
	 * 规章: only agencies that may make them
	 * ({@link DisclosureSettings.AgencySettings#mayMakeRegulations()}).
	 */
	REGULATION,
	/** 行政规范性文件. */
	NORMATIVE_DOCUMENT

}
