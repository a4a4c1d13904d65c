package org.gongkai.reports;

/**
 * The bounds the checker keeps to whatever it is given.
 *
 * @param maxFileBytes the largest single report read (a 100 MB file is refused unread)
 * @param maxZipEntries the most entries read from one zip file
 * @param maxZipBytes the most bytes inflated from one zip file, in all
 */
public record CheckLimits(long maxFileBytes, int maxZipEntries, long maxZipBytes) {

	/** 20 MB per report, 10,000 entries and 1 GB inflated per zip. */
	public static CheckLimits defaults() {
		return new CheckLimits(20L * 1024 * 1024, 10_000, 1024L * 1024 * 1024);
	}

}
