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

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z}“”\"'‘’「」『』()（）\\[\\]【】,，、。.．:：;；/／_\\-—－·•]");

	private Labels() {
	}

	/** Full-width to half-width, non-breaking and ideographic spaces to spaces. */
	static String width(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return normal.replace('\u00a0', ' ').replace('\u3000', ' ');
	}

	/**
	 * The label's comparable core: no numbering, spacing, brackets, quotes or
	 * punctuation.
	 */
	static String core(String label) {
		String text = width(label);
		text = NUMBERING.matcher(text).replaceAll("");
		return NOISE.matcher(text).replaceAll("");
	}

	/** Without spacing only. */
	static String compact(String text) {
		return width(text).replaceAll("[\\s\\p{Z}]", "");
	}

	/** Similarity of two cores, 2 × LCS / (|a| + |b|), from 0 to 1. */
	static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.length() > 200 || b.length() > 200) {
			return a.equals(b) ? 1 : 0;
		}
		int[][] lcs = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				lcs[i][j] = (a.charAt(i - 1) == b.charAt(j - 1)) ? lcs[i - 1][j - 1] + 1
						: Math.max(lcs[i - 1][j], lcs[i][j - 1]);
			}
		}
		return 2.0 * lcs[a.length()][b.length()] / (a.length() + b.length());
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
