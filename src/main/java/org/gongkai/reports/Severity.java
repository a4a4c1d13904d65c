package org.gongkai.reports;

import java.util.Locale;

/**
 * How grave a finding is: an error blocks sign-off, a warning needs a recorded reason.
 */
public enum Severity {

	ERROR, WARNING;

	/** The value in JSON and CSV: {@code error} or {@code warning}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
