package org.gongkai.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years written in Chinese numerals (二〇二三年, 二零二三年) turned into digits. */
final class ChineseYears {

	private static final Pattern YEAR = Pattern.compile("[〇零○一二三四五六七八九]{4}(?=\\s*年)");

	private ChineseYears() {
	}

	static String digits(String text) {
		Matcher matcher = YEAR.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			StringBuilder year = new StringBuilder();
			for (char c : matcher.group().toCharArray()) {
				year.append(switch (c) {
					case '〇', '零', '○' -> '0';
					default -> (char) ('0' + "一二三四五六七八九".indexOf(c) + 1);
				});
			}
			matcher.appendReplacement(result, year.toString());
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
