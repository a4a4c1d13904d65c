package org.gongkai.reports;

/**
 * One result of checking an annual report: the rule broken (an id of regulations.md §2.2
 * such as {@code R-OFF-1}, a warning id such as {@code W-other-share}, or an extraction
 * id such as {@code extraction-uncertain}), its severity, where it is and a message in
 * Chinese.
 */
public record Finding(String rule, Severity severity, Location location, String message) {

	static Finding error(String rule, Location location, String message) {
		return new Finding(rule, Severity.ERROR, location, message);
	}

	static Finding warning(String rule, Location location, String message) {
		return new Finding(rule, Severity.WARNING, location, message);
	}

	/** Whether this finding is an error. */
	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
