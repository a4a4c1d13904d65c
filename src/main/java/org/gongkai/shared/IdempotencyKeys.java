package org.gongkai.shared;

/**
 * The idempotency keys of submissions (an {@code Idempotency-Key} header, a form's
 * one-time token), scoped by the caller and stored in a {@code submission_key} column of
 * 200 characters: a key the client chose may have at most {@value #MAX} characters and no
 * character {@link TextInput} forbids, so that it always fits and a retry never meets a
 * refusal of the database.
 */
public final class IdempotencyKeys {

	/** The longest key a client may choose, in characters. */
	public static final int MAX = 100;

	/** The code of a key refused. */
	public static final String INVALID = "input.idempotency-key";

	private IdempotencyKeys() {
	}

	/**
	 * The stored key: {@code scope}, a colon and the client's key stripped, or
	 * {@code null} when the client chose none.
	 * @param field the name the refusal is reported against ({@code Idempotency-Key}, a
	 * form's field)
	 * @throws InvalidInput ({@value #INVALID}) if the key is longer than {@value #MAX}
	 * characters or holds a forbidden character
	 */
	public static String scoped(String scope, String field, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String stripped = key.strip();
		if (TextInput.longerThan(stripped, MAX) || TextInput.hasForbiddenCharacter(stripped)) {
			throw InvalidInput.of(field, INVALID, MAX);
		}
		return scope + ":" + stripped;
	}

}
