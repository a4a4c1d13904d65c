package org.gongkai.shared;

/**
 * Thrown when one input field is unacceptable for a reason a bean-validation annotation cannot see (a duplicate
 * name, a checksum, a rule that needs the database). Pages show the message next to the field; the API answers 400
 * with the field in the problem's {@code fields}.
 *
 * @see ApiProblems
 */
public class InvalidField extends RuntimeException {

	private final String field;

	private final String messageKey;

	/**
	 * @param field the form or JSON property, such as {@code creditCode}
	 * @param messageKey the message-bundle key of the explanation, such as {@code agency.creditCode.taken}
	 */
	public InvalidField(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
