package org.gongkai.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Checksums of the two identifiers an application carries: the 18-digit resident identity
 * number (GB 11643-1999) and the 18-character unified social credit code of an
 * organisation (GB 32100-2015).
 */
public final class IdentifierChecks {

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdentifierChecks() {
	}

	/**
	 * Whether {@code number} is an 18-digit identity number with a valid birth date and
	 * check digit.
	 */
	public static boolean isValidIdentityNumber(String number) {
		if (number == null || !number.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		try {
			LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException e) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return Character.toUpperCase(number.charAt(17)) == ID_CHECK.charAt(sum % 11);
	}

	/**
	 * Whether {@code code} is a unified social credit code whose 18th character is the
	 * correct check character.
	 */
	public static boolean isValidCreditCode(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		String upper = code.toUpperCase();
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CREDIT_ALPHABET.indexOf(upper.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * CREDIT_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return upper.charAt(17) == CREDIT_ALPHABET.charAt(check);
	}

	/**
	 * Completes a 17-character credit code body with its check character (for test data
	 * and demo data).
	 */
	public static String withCreditCheck(String body17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_ALPHABET.indexOf(body17.charAt(i)) * CREDIT_WEIGHTS[i];
		}
		return body17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * Completes a 17-digit identity number body with its check digit (for test data and
	 * demo data).
	 */
	public static String withIdentityCheck(String body17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body17.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return body17 + ID_CHECK.charAt(sum % 11);
	}

	/**
	 * Masks personal identifiers for lists, logs and exports: keeps the first 3 and last
	 * 2 characters.
	 */
	public static String mask(String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		if (value.length() <= 5) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
	}

}
