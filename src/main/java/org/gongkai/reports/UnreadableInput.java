package org.gongkai.reports;

/**
 * An input the checker cannot read as a report (empty, binary, too large, encrypted, an
 * image-only PDF, a zip bomb, not an annual report), with a message in Chinese saying
 * why. A batch records it for that file and goes on with the rest.
 */
public class UnreadableInput extends Exception {

	public UnreadableInput(String message) {
		super(message);
	}

	public UnreadableInput(String message, Throwable cause) {
		super(message, cause);
	}

}
