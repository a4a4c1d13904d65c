package org.gongkai.reports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports built for the tests from the seed's text: figures put into rows of table 三,
 * labels and sentences replaced, so that each test injects one fault into an otherwise
 * consistent report.
 */
final class ReportTexts {

	private String text = new String(SeedReportTests.seed(), StandardCharsets.UTF_8);

	private final Map<String, String> rows = new LinkedHashMap<>();

	/** The seed as published: all zero. */
	static ReportTexts seed() {
		return new ReportTexts();
	}

	/**
	 * A consistent report with applications: 81 received (80 natural persons, 1 company),
	 * 2 carried over, 51 granted, 20 not held, 71 processed, 12 carried forward; the text
	 * says 81.
	 */
	static ReportTexts withApplications() {
		return seed().row("一、本年新收", "80\t1\t0\t0\t0\t0\t81")
			.row("二、上年结转", "2\t0\t0\t0\t0\t0\t2")
			.row("(一) 予以公开", "50\t1\t0\t0\t0\t0\t51")
			.row("1. 本机关不掌握", "20\t0\t0\t0\t0\t0\t20")
			.row("(七) 总计", "70\t1\t0\t0\t0\t0\t71")
			.row("四、结转下年度", "12\t0\t0\t0\t0\t0\t12")
			.replace("全年收到依申请公开 0 件", "全年收到依申请公开 81 件");
	}

	/** Replaces the seven figures of the row whose line contains {@code fragment}. */
	ReportTexts row(String fragment, String figures) {
		StringBuilder result = new StringBuilder();
		boolean done = false;
		for (String line : this.text.split("\n", -1)) {
			if (!done && line.contains(fragment) && line.contains("0\t0\t0\t0\t0\t0\t0")) {
				line = line.replaceFirst("0\t0\t0\t0\t0\t0\t0", figures);
				done = true;
			}
			result.append(line).append('\n');
		}
		if (!done) {
			throw new IllegalArgumentException("no row " + fragment);
		}
		this.text = result.substring(0, result.length() - 1);
		return this;
	}

	/** Replaces the first occurrence of a text. */
	ReportTexts replace(String original, String replacement) {
		if (!this.text.contains(original)) {
			throw new IllegalArgumentException("no text " + original);
		}
		this.text = this.text.replaceFirst(java.util.regex.Pattern.quote(original),
				java.util.regex.Matcher.quoteReplacement(replacement));
		return this;
	}

	String text() {
		return this.text;
	}

	byte[] bytes() {
		return this.text.getBytes(StandardCharsets.UTF_8);
	}

	CheckResult check() {
		return new ReportChecker().check("report.txt", bytes());
	}

}
