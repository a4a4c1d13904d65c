package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A request for a deadline as people type it — a start date and a number of working days
 * — checked the same way on the calculator page, in the API and on the command line.
 *
 * @param from the start date
 * @param workingDays the working days, from 0 to the configured maximum
 */
public record DeadlineQuery(LocalDate from, int workingDays) {

	/** The earliest start date accepted. */
	public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	/** The latest start date accepted. */
	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	/**
	 * Parses a day typed as {@code YYYY-MM-DD} and checks it lies in the supported range.
	 * @throws Invalid with a Chinese message naming the bad value
	 */
	public static LocalDate parseDay(String text) {
		if (text == null || text.isBlank()) {
			throw new Invalid("calendar.query.date-missing", "请填写日期（YYYY-MM-DD）");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(text.strip(), ISO);
		}
		catch (DateTimeParseException e) {
			throw new Invalid("calendar.query.date-invalid", "日期无效：" + text.strip() + "（应为 YYYY-MM-DD 格式的真实日期）",
					text.strip());
		}
		if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
			throw new Invalid("calendar.query.date-range", "日期超出支持范围（" + EARLIEST + " 至 " + LATEST + "）：" + day,
					day.toString(), EARLIEST.toString(), LATEST.toString());
		}
		return day;
	}

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * A value that is not a date or not an acceptable number of days; the message is
	 * Chinese, the code and arguments resolve it in other languages
	 * ({@code i18n/calendar}).
	 */
	public static final class Invalid extends IllegalArgumentException {

		private final String code;

		private final Object[] args;

		Invalid(String code, String message, Object... args) {
			super(message);
			this.code = code;
			this.args = args;
		}

		/** The message key, such as {@code calendar.query.date-invalid}. */
		public String code() {
			return code;
		}

		/** The message arguments. */
		public Object[] args() {
			return args.clone();
		}

	}

	/**
	 * Parses and checks the two values.
	 * @throws Invalid with a Chinese message naming the bad value
	 */
	public static DeadlineQuery parse(String fromText, String workingDaysText, int maxWorkingDays) {
		if (fromText == null || fromText.isBlank()) {
			throw new Invalid("calendar.query.from-missing", "请填写起算日期（YYYY-MM-DD）");
		}
		LocalDate from = parseDay(fromText);
		if (workingDaysText == null || workingDaysText.isBlank()) {
			throw new Invalid("calendar.query.days-missing", "请填写工作日数");
		}
		int days;
		try {
			days = Integer.parseInt(workingDaysText.strip());
		}
		catch (NumberFormatException e) {
			throw new Invalid("calendar.query.days-invalid", "工作日数应为整数：" + workingDaysText.strip(),
					workingDaysText.strip());
		}
		if (days < 0 || days > maxWorkingDays) {
			throw new Invalid("calendar.query.days-range", "工作日数应在 0 到 " + maxWorkingDays + " 之间：" + days,
					String.valueOf(days), String.valueOf(maxWorkingDays));
		}
		return new DeadlineQuery(from, days);
	}

}
