package org.gongkai.calendar;

import java.util.List;

/**
 * Thrown when a holiday notice, uploaded as a file or entered in the form, breaks a rule of the format; nothing has
 * been changed. Each problem carries a message key of {@code i18n/calendar} and the Chinese text as the default.
 */
public class InvalidNotice extends RuntimeException {

	private final List<Problem> problems;

	public InvalidNotice(List<Problem> problems) {
		super(problems.isEmpty() ? "节假日安排无效" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	/** Everything found wrong, in the order found (at most {@value NoticeFormat#MAX_PROBLEMS}). */
	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One rule broken.
	 *
	 * @param code the message key, such as {@code calendar.invalid.weekday-make-up}
	 * @param args the message arguments
	 * @param message the Chinese message
	 */
	public record Problem(String code, List<Object> args, String message) {
	}

}
