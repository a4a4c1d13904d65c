package org.gongkai.consultations;

import java.util.regex.Pattern;

/**
 * Removes personal data from a question before it goes on the portal: the asker's name
 * (and the surname with 先生, 女士 or 同志), identity numbers, mobile and fixed-line phone
 * numbers and email addresses, each replaced by {@value #REMOVED}. Staff review the copy
 * before publishing and may remove more; this is the floor, not the whole duty.
 */
final class PersonalData {

	static final String REMOVED = "＊＊＊";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern IDENTITY = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

	private static final Pattern MOBILE = Pattern
		.compile("(?<![0-9])(\\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])");

	private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}[- ]?[0-9]{7,8}(?![0-9])");

	private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9]{7,}(?![0-9])");

	private PersonalData() {
	}

	/** {@code text} without the personal data named in the class comment. */
	static String remove(String text, String askerName) {
		if (text == null) {
			return null;
		}
		String clean = EMAIL.matcher(text).replaceAll(REMOVED);
		clean = IDENTITY.matcher(clean).replaceAll(REMOVED);
		clean = MOBILE.matcher(clean).replaceAll(REMOVED);
		clean = LANDLINE.matcher(clean).replaceAll(REMOVED);
		clean = LONG_DIGITS.matcher(clean).replaceAll(REMOVED);
		if (askerName != null && !askerName.isBlank()) {
			String name = askerName.strip();
			clean = clean.replace(name, REMOVED);
			if (name.codePointCount(0, name.length()) >= 2) {
				String surname = name.substring(0, name.offsetByCodePoints(0, 1));
				clean = Pattern.compile(Pattern.quote(surname) + "(先生|女士|同志|老师)")
					.matcher(clean)
					.replaceAll(REMOVED + "$1");
			}
		}
		return clean;
	}

}
