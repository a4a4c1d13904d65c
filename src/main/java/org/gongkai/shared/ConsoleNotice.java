package org.gongkai.shared;

import java.util.List;

/**
 * A notice shown at the top of every console page, such as "next year's holiday calendar
 * is missing".
 *
 * @param level {@code warn} or {@code error} or {@code ok} (the CSS alert class)
 * @param message the text, already localised
 * @param link where to act on it, or {@code null}
 */
public record ConsoleNotice(String level, String message, String link) {

	/**
	 * Supplies the notices of one module; called on each console page, so keep it cheap.
	 */
	public interface Source {

		List<ConsoleNotice> notices();

	}

}
