package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A request for a deadline as people type it — a start date and a number of working days — checked the same way on
 * the calculator page, in the API and on the command line.
 *
 * @param from the start date
 * @param workingDays the working days, from 0 to the configured maximum
 */
public record DeadlineQuery(LocalDate from, int workingDays) {

	/** The earliest start date accepted. */
	public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	/** The latest start date accepted. */
	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * Parses and checks the two values.
	 *
	 * @throws IllegalArgumentException with a Chinese message naming the bad value
	 */
	public static DeadlineQuery parse(String fromText, String workingDaysText, int maxWorkingDays) {
		if (fromText == null || fromText.isBlank()) {
			throw new IllegalArgumentException("请填写起算日期（YYYY-MM-DD）");
		}
		LocalDate from;
		try {
			from = LocalDate.parse(fromText.strip(), ISO);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("起算日期无效：" + fromText.strip() + "（应为 YYYY-MM-DD 格式的真实日期）");
		}
		if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			throw new IllegalArgumentException("起算日期超出支持范围（" + EARLIEST + " 至 " + LATEST + "）：" + from);
		}
		if (workingDaysText == null || workingDaysText.isBlank()) {
			throw new IllegalArgumentException("请填写工作日数");
		}
		int days;
		try {
			days = Integer.parseInt(workingDaysText.strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("工作日数应为整数：" + workingDaysText.strip());
		}
		if (days < 0 || days > maxWorkingDays) {
			throw new IllegalArgumentException("工作日数应在 0 到 " + maxWorkingDays + " 之间：" + days);
		}
		return new DeadlineQuery(from, days);
	}

}
