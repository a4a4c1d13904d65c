package org.gongkai.reports;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Tolerant comparison of printed labels with the template's: the same text after
 * normalising width, spacing, numbering (1. / 1、/ 1．/ （一）/ 三、), brackets, quotation marks
 * and punctuation; and a similarity for labels with a missing or doubled character.
 */
final class Labels {

	private static final Pattern NUMBERING = Pattern
		.compile("[(（]\\s*[一二三四五六七八九十]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、.．]|\\d+\\s*[.、．](?!\\d)|^\\d+(?=\\D)");

	/** Punctuation a core drops, besides spacing. */
	private static final String NOISE = "“”\"'‘’「」『』()（）[]【】,，、。.．:：;；/／_-—－·•";

	/**
	 * Characters NFKC leaves as they are besides ASCII and the CJK unified ideographs
	 * (checked when the class loads), so that most text skips the normaliser.
	 */
	private static final String STABLE;

	/**
	 * What NFKC makes of each full-width form U+FF01..U+FF5E when that is one ASCII
	 * character (checked when the class loads), else 0: such text is mapped without the
	 * normaliser.
	 */
	private static final char[] FULL_WIDTH = new char[0xff5e - 0xff01 + 1];

	static {
		StringBuilder stable = new StringBuilder();
		for (char c : "、。〇《》〈〉「」『』【】〔〕“”‘’—–…·•※△○●■□★☆→×÷±≤≥".toCharArray()) {
			if (Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).equals(String.valueOf(c))) {
				stable.append(c);
			}
		}
		STABLE = stable.toString();
		for (char c = '\uff01'; c <= '\uff5e'; c++) {
			String normal = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
			if (normal.length() == 1 && normal.charAt(0) < 0x80) {
				FULL_WIDTH[c - 0xff01] = normal.charAt(0);
			}
		}
	}

	private Labels() {
	}

	/** Full-width to half-width, non-breaking and ideographic spaces to spaces. */
	static String width(String text) {
		boolean mapped = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) {
				continue;
			}
			if (c == '\u00a0' || c == '\u3000' || (c >= 0xff01 && c <= 0xff5e && FULL_WIDTH[c - 0xff01] != 0)) {
				mapped = true;
			}
			else if (STABLE.indexOf(c) < 0) {
				return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00a0', ' ').replace('\u3000', ' ');
			}
		}
		if (!mapped) {
			return text;
		}
		// NFKC maps each of these to one ASCII character and composes nothing with it
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c == '\u00a0' || c == '\u3000') {
				chars[i] = ' ';
			}
			else if (c >= 0xff01 && c <= 0xff5e && FULL_WIDTH[c - 0xff01] != 0) {
				chars[i] = FULL_WIDTH[c - 0xff01];
			}
		}
		return new String(chars);
	}

	/**
	 * The label's comparable core: no numbering, spacing, brackets, quotes or
	 * punctuation.
	 */
	static String core(String label) {
		String text = width(label);
		if (mayBeNumbered(text)) {
			text = NUMBERING.matcher(text).replaceAll("");
		}
		StringBuilder core = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c) && NOISE.indexOf(c) < 0) {
				core.append(c);
			}
		}
		return core.toString();
	}

	/**
	 * Whether {@link #NUMBERING} can match at all: each of its forms has a bracket, a 、
	 * or full stop, or a leading digit.
	 */
	private static boolean mayBeNumbered(String text) {
		if (!text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '（' || c == '、' || c == '.' || c == '．') {
				return true;
			}
		}
		return false;
	}

	/** Without spacing only. */
	static String compact(String text) {
		String wide = width(text);
		StringBuilder compact = new StringBuilder(wide.length());
		for (int i = 0; i < wide.length(); i++) {
			char c = wide.charAt(i);
			if (!isSpace(c)) {
				compact.append(c);
			}
		}
		return compact.toString();
	}

	/**
	 * Whether a character is spacing as the patterns {@code \\s} and {@code \\p{Z}} have
	 * it.
	 */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
				|| (c >= 0x80 && switch (Character.getType(c)) {
					case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
					default -> false;
				});
	}

	/**
	 * The most {@link #similarity} can be for texts of these lengths (when the shorter is
	 * all in the longer): cheap, to skip pairs that cannot come close.
	 */
	static double similarityBound(String a, String b) {
		return 2.0 * Math.min(a.length(), b.length()) / Math.max(1, a.length() + b.length());
	}

	/** Similarity of two cores, 2 × LCS / (|a| + |b|), from 0 to 1. */
	static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.length() > 200 || b.length() > 200) {
			return a.equals(b) ? 1 : 0;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				current[j] = (a.charAt(i - 1) == b.charAt(j - 1)) ? previous[j - 1] + 1
						: Math.max(previous[j], current[j - 1]);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 2.0 * previous[b.length()] / (a.length() + b.length());
	}

	/** The length of the longest run of characters the two texts share. */
	static int commonRun(String a, String b) {
		if (a.length() > 200 || b.length() > 200) {
			return 0;
		}
		int best = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					best = Math.max(best, current[j]);
				}
			}
			previous = current;
		}
		return best;
	}

}
