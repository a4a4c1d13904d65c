package org.gongkai.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Readings of a table row whose cells ran together when the page was copied ("801000081"
 * for 80, 1, 0, 0, 0, 0, 81): every way to cut the digit runs into the expected number of
 * cells, without leading zeros, that satisfies the row's own sums.
 */
final class RunTogether {

	/** At most this many readings are examined per row, so that no input runs away. */
	static final int LIMIT = 20_000;

	private RunTogether() {
	}

	/**
	 * The readings of {@code values} as {@code expected} cells that {@code fits} accepts;
	 * blanks and placeholders stay single {@code null} cells.
	 */
	static List<Integer[]> readings(List<Cells.Value> values, int expected, Predicate<Integer[]> fits) {
		List<Integer[]> found = new ArrayList<>();
		int digits = 0;
		for (Cells.Value value : values) {
			digits += isDigits(value) ? value.text().length() : 1;
		}
		if (digits < expected || digits > expected * 9) {
			return found;
		}
		cut(values, 0, 0, new Integer[expected], expected, fits, found, new int[] { 0 });
		return found;
	}

	private static boolean isDigits(Cells.Value value) {
		return (value.kind() == Cells.Kind.NUMBER && !value.text().startsWith("-"))
				|| value.kind() == Cells.Kind.DIGITS;
	}

	private static void cut(List<Cells.Value> values, int token, int cell, Integer[] reading, int expected,
			Predicate<Integer[]> fits, List<Integer[]> found, int[] steps) {
		if (++steps[0] > LIMIT) {
			return;
		}
		if (token == values.size()) {
			if (cell == expected && fits.test(reading)) {
				found.add(reading.clone());
			}
			return;
		}
		if (cell >= expected) {
			return;
		}
		Cells.Value value = values.get(token);
		if (!isDigits(value)) {
			reading[cell] = value.number();
			cut(values, token + 1, cell + 1, reading, expected, fits, found, steps);
			return;
		}
		parts(value.text(), 0, values, token, cell, reading, expected, fits, found, steps);
	}

	private static void parts(String digits, int from, List<Cells.Value> values, int token, int cell, Integer[] reading,
			int expected, Predicate<Integer[]> fits, List<Integer[]> found, int[] steps) {
		if (from == digits.length()) {
			cut(values, token + 1, cell, reading, expected, fits, found, steps);
			return;
		}
		if (cell >= expected || steps[0] > LIMIT) {
			return;
		}
		int longest = (digits.charAt(from) == '0') ? 1 : Math.min(9, digits.length() - from);
		for (int length = 1; length <= longest; length++) {
			reading[cell] = Integer.valueOf(digits.substring(from, from + length));
			parts(digits, from + length, values, token, cell + 1, reading, expected, fits, found, steps);
		}
	}

}
