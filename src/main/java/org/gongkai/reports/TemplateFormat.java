package org.gongkai.reports;

/**
 * The national template an annual report follows: the 2021 format of 国办公开办函〔2021〕30号
 * (reporting years 2021 on) or the 2019 trial format of 国办公开办函〔2019〕60号 (years 2019 and
 * 2020), regulations.md §2.1 and §2.3.
 */
public enum TemplateFormat {

	/** 国办公开办函〔2021〕30号. */
	F2021("2021"),

	/** 国办公开办函〔2019〕60号, 《年度报告格式（试行）》. */
	F2019("2019");

	private final String code;

	TemplateFormat(String code) {
		this.code = code;
	}

	/** The value of {@code format} in the JSON shape. */
	public String code() {
		return this.code;
	}

	/** The template a report of this reporting year must follow. */
	public static TemplateFormat forYear(int year) {
		return (year <= 2020) ? F2019 : F2021;
	}

}
