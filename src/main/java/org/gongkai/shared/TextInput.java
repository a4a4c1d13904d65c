package org.gongkai.shared;

import java.sql.SQLException;

import org.springframework.dao.DataAccessException;

/**
 * The rules every piece of text from outside must pass before it reaches a form, a
 * service or the database: no NUL (PostgreSQL refuses it in text), no other control
 * character except tab and line breaks, no half of a surrogate pair; and lengths counted
 * in characters (code points), as PostgreSQL's {@code varchar(n)} counts them, never in
 * UTF-16 units.
 */
public final class TextInput {

	/** The code of text holding a character no field accepts. */
	public static final String CHARACTERS = "input.characters";

	/** The code of text longer than its field allows; the argument is the maximum. */
	public static final String TOO_LONG = "input.too-long";

	/**
	 * The longest value of any one parameter, in characters: the widest text the
	 * application stores (a reply's text).
	 */
	public static final int MAX_PARAMETER = 8000;

	/** The code of input the database refused as data (SQLSTATE class 22). */
	public static final String REJECTED = "input.rejected";

	private TextInput() {
	}

	/**
	 * Whether {@code e} is the database refusing a value as data (too long, a character
	 * it cannot store, a number out of range: SQLSTATE class 22) rather than a broken
	 * constraint or a fault. A check at the boundary should have refused the value first;
	 * this is the net under those checks.
	 */
	static boolean refusedAsData(DataAccessException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code text} holds a character no field accepts: a C0 control other than
	 * tab, line feed and carriage return (NUL among them), DEL, a C1 control, or an
	 * unpaired surrogate. {@code null} is acceptable.
	 */
	public static boolean hasForbiddenCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c)) {
				return true;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
				return true;
			}
		}
		return false;
	}

	/** The length of {@code text} in characters (code points); 0 for {@code null}. */
	public static int length(String text) {
		return text == null ? 0 : text.codePointCount(0, text.length());
	}

	/** Whether {@code text} has more than {@code max} characters (code points). */
	public static boolean longerThan(String text, int max) {
		// A string of at most max UTF-16 units has at most max code points.
		return text != null && text.length() > max && length(text) > max;
	}

	/**
	 * Refuses {@code text} for field {@code field} when it holds a forbidden character or
	 * has more than {@code max} characters.
	 * @throws InvalidInput ({@value #CHARACTERS} or {@value #TOO_LONG}) naming the field
	 */
	public static void require(String field, String text, int max) {
		if (hasForbiddenCharacter(text)) {
			throw InvalidInput.of(field, CHARACTERS, field);
		}
		if (longerThan(text, max)) {
			throw InvalidInput.of(field, TOO_LONG, field, max);
		}
	}

}
