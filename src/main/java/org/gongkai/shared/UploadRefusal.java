package org.gongkai.shared;

import org.springframework.http.HttpStatus;

/**
 * Thrown when an upload is refused before anything is stored. It is a
 * {@link RuleViolation} (pages show it where they show broken rules), but it answers with
 * the status of its {@link Reason}: 413, 415 or 400, not 409.
 */
public class UploadRefusal extends RuleViolation {

	/**
	 * Why an upload was refused, with the status and the stable code the API answers
	 * with.
	 */
	public enum Reason {

		EMPTY(HttpStatus.BAD_REQUEST, "upload.empty"),

		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "upload.too-large"),

		WRONG_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "upload.type"),

		TOO_MANY(HttpStatus.BAD_REQUEST, "upload.too-many");

		private final HttpStatus status;

		private final String code;

		Reason(HttpStatus status, String code) {
			this.status = status;
			this.code = code;
		}

		public HttpStatus status() {
			return status;
		}

		public String code() {
			return code;
		}

	}

	private final Reason reason;

	public UploadRefusal(Reason reason, String message) {
		super(reason.code(), message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * The status of the answer: 413 too large, 415 not an accepted type, 400 otherwise.
	 */
	public HttpStatus status() {
		return reason.status();
	}

}
