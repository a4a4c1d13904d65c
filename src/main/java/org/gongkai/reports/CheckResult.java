package org.gongkai.reports;

import java.util.List;

/**
 * What checking one file gives: the report read from it (or {@code null} when the file
 * could not be read) and the findings, or the reason it could not be read.
 *
 * @param file the file's name or path, for a zip entry {@code archive.zip!/entry}
 * @param report the report read, {@code null} when unreadable
 * @param findings every finding, errors first
 * @param error why the file could not be read, {@code null} when it could
 */
public record CheckResult(String file, AnnualReport report, List<Finding> findings, String error) {

	static CheckResult unreadable(String file, String error) {
		return new CheckResult(file, null, List.of(), error);
	}

	/** Whether the file could not be read. */
	public boolean unreadable() {
		return this.error != null;
	}

	/** Whether any finding is an error. */
	public boolean hasErrors() {
		return this.findings.stream().anyMatch(Finding::isError);
	}

	/** The number of error findings. */
	public long errorCount() {
		return this.findings.stream().filter(Finding::isError).count();
	}

	/** The number of warnings. */
	public long warningCount() {
		return this.findings.size() - errorCount();
	}

}
