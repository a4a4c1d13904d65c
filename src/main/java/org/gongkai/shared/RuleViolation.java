package org.gongkai.shared;

/**
 * Thrown when a domain verb is called while its precondition does not hold (answering an
 * archived case, extending twice). The message names the rule that was broken; the API
 * answers 409 with it as a problem detail, pages show it.
 */
public class RuleViolation extends RuntimeException {

	private final String code;

	public RuleViolation(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable machine-readable key, such as {@code request.already-extended}. */
	public String code() {
		return code;
	}

}
