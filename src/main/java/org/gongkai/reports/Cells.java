package org.gongkai.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value cells of a printed table row: a whole number, a decimal, a blank, a
 * placeholder ("/", "-", "—") or a run of digits that lost its separators.
 */
final class Cells {

	/** One value as printed. */
	record Value(String text, Kind kind) {

		Integer number() {
			return (this.kind == Kind.NUMBER) ? Integer.valueOf(this.text) : null;
		}

	}

	enum Kind {

		NUMBER, DECIMAL, BLANK, PLACEHOLDER,

		/** Ten or more digits: cells that ran together. */
		DIGITS

	}

	private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}\\.\\d{1,6}");

	private static final Pattern PLACEHOLDER = Pattern.compile("[/／\\\\\\-—－–―~～×xX*＊无]+|N/?A|空");

	private static final Pattern TRAILING = Pattern
		.compile("^(.*?[^\\d\\s./／\\-—－–])\\s*((?:[\\d/／\\-—－–]+(?:\\.\\d+)?\\s*)+)$");

	private Cells() {
	}

	/** The value of a cell, or {@code null} when the cell is a label. */
	static Value value(String cell) {
		String text = Labels.width(cell).strip().replace(",", "").replace(" ", "");
		if (text.endsWith("件") || text.endsWith("个")) {
			text = text.substring(0, text.length() - 1);
		}
		if (text.isEmpty()) {
			return new Value("", Kind.BLANK);
		}
		int digits = leadingDigits(text, (text.charAt(0) == '-') ? 1 : 0);
		if (digits == text.length()) {
			int length = (text.charAt(0) == '-') ? digits - 1 : digits;
			if (length >= 1 && length <= 9) {
				return new Value(text, Kind.NUMBER);
			}
			if (length >= 10 && length <= 200 && text.charAt(0) != '-') {
				return new Value(text, Kind.DIGITS);
			}
		}
		if (DECIMAL.matcher(text).matches()) {
			return new Value(text, Kind.DECIMAL);
		}
		if (PLACEHOLDER.matcher(text).matches()) {
			return new Value(text, Kind.PLACEHOLDER);
		}
		return null;
	}

	/** The index of the first character from {@code start} that is no ASCII digit. */
	private static int leadingDigits(String text, int start) {
		int i = start;
		while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	/**
	 * Whether {@link #TRAILING} can match a stripped cell: it ends in a digit or a
	 * placeholder character.
	 */
	private static boolean mayTrail(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return (last >= '0' && last <= '9') || "/／-—－–".indexOf(last) >= 0;
	}

	/**
	 * Splits a row into its label and its trailing value cells; values printed in the
	 * last label cell after the text ("规章 0 0 0", "总计801000081") are peeled off it.
	 */
	static Split split(List<String> cells) {
		List<String> real = new ArrayList<>();
		for (String cell : cells) {
			if (cell != null) {
				real.add(cell);
			}
		}
		int end = real.size();
		List<Value> values = new ArrayList<>();
		while (end > 0) {
			Value value = value(real.get(end - 1));
			if (value == null) {
				break;
			}
			values.add(0, value);
			end--;
		}
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < end; i++) {
			String cell = real.get(i).strip();
			if (i == end - 1) {
				String wide = Labels.width(cell).strip();
				Matcher trailing = TRAILING.matcher(wide);
				if (mayTrail(wide) && trailing.matches()
						&& trailing.group(1).codePoints().anyMatch(Character::isIdeographic)) {
					cell = trailing.group(1);
					List<Value> peeled = new ArrayList<>();
					for (String token : trailing.group(2).strip().split("\\s+")) {
						Value value = value(token);
						if (value != null) {
							peeled.add(value);
						}
					}
					values.addAll(0, peeled);
				}
			}
			if (!cell.isEmpty()) {
				label.append(label.isEmpty() ? "" : " ").append(cell);
			}
		}
		return new Split(label.toString(), values);
	}

	/** A row's label and its value cells. */
	record Split(String label, List<Value> values) {

		boolean hasNumber() {
			for (Value value : this.values) {
				if (value.kind() != Kind.BLANK) {
					return true;
				}
			}
			return false;
		}

	}

	static BigDecimal decimal(Value value) {
		return switch (value.kind()) {
			case NUMBER, DECIMAL -> new BigDecimal(value.text());
			default -> null;
		};
	}

}
