package org.gongkai.portal;

import org.gongkai.disclosure.Validity;

/**
 * Lenient reading of public query parameters: a value that does not parse or lies out of
 * range is ignored, so a mangled link shows the unfiltered page instead of an error.
 */
final class Params {

	private Params() {
	}

	static Integer integer(String value, int min, int max, Integer otherwise) {
		if (value == null || value.isBlank() || value.length() > 9) {
			return otherwise;
		}
		try {
			int parsed = Integer.parseInt(value.strip());
			return parsed < min || parsed > max ? otherwise : Integer.valueOf(parsed);
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	static Long id(String value) {
		if (value == null || value.isBlank() || value.length() > 18) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value.strip());
			return parsed > 0 ? parsed : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static Validity validity(String value) {
		if (value == null) {
			return null;
		}
		for (Validity validity : Validity.values()) {
			if (validity.name().equals(value.strip())) {
				return validity;
			}
		}
		return null;
	}

	static String text(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.codePointCount(0, stripped.length()) > max ? null : stripped;
	}

}
