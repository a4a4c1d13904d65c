package org.gongkai.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.shared.InvalidInput;

/**
 * An agency's pattern of 索引号 (the index number of the catalogue, Article 12 of the
 * Regulations), such as the default {@code {统一社会信用代码}/{YYYY}-{NNNNN}}: the agency's
 * unified social credit code, the year and a sequence number per agency and year, padded
 * to as many digits as the pattern has {@code N}s. {@code {机关ID}} gives the agency's id.
 * Whatever the pattern, a number once handed out is never handed out again
 * ({@link IndexNumbers}).
 */
public record IndexPattern(String pattern) {

	/** The default of the 政府信息公开目录 practice. */
	public static final String DEFAULT = "{统一社会信用代码}/{YYYY}-{NNNNN}";

	private static final Pattern SEQUENCE = Pattern.compile("\\{(N+)\\}");

	public IndexPattern {
		if (pattern == null || pattern.isBlank() || pattern.length() > 100) {
			throw InvalidInput.of("indexPattern", "disclosure.indexPattern.invalid");
		}
		Matcher sequence = SEQUENCE.matcher(pattern);
		if (!sequence.find() || sequence.find()) {
			throw InvalidInput.of("indexPattern", "disclosure.indexPattern.sequence");
		}
		String rest = pattern.replaceAll("\\{(N+|YYYY|统一社会信用代码|机关ID)\\}", "");
		if (rest.contains("{") || rest.contains("}")) {
			throw InvalidInput.of("indexPattern", "disclosure.indexPattern.placeholder");
		}
	}

	public static IndexPattern standard() {
		return new IndexPattern(DEFAULT);
	}

	/** Whether the sequence restarts each year (the pattern names the year). */
	public boolean yearly() {
		return pattern.contains("{YYYY}");
	}

	/**
	 * The index number for the {@code sequence}th entry of {@code year}.
	 * @param creditCode the agency's unified social credit code; its id stands in when it
	 * has none
	 */
	public String format(long agencyId, String creditCode, int year, int sequence) {
		Matcher matcher = SEQUENCE.matcher(pattern);
		matcher.find();
		int width = matcher.group(1).length();
		String number = String.format("%0" + width + "d", sequence);
		return pattern.replace("{统一社会信用代码}", creditCode == null ? "A" + agencyId : creditCode)
			.replace("{机关ID}", Long.toString(agencyId))
			.replace("{YYYY}", String.format("%04d", year))
			.replace(matcher.group(), number);
	}

}
