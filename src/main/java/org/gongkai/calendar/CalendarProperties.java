package org.gongkai.calendar;

import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module ({@code gongkai.calendar.*}); docs/calendar.md
 * describes each with its default.
 *
 * @param countStartDay whether the start day of a period counts as day 1 (UNCONFIRMED;
 * default {@code false}: 期间开始之日不计算在内)
 * @param feePaymentPausesReply whether a fee notice awaiting payment stops the reply
 * period (UNCONFIRMED; default {@code true})
 * @param maxWorkingDays the largest number of working days the calculator, the API and
 * the command accept
 * @param refreshInterval how often each instance checks the database for a notice loaded
 * on another instance
 * @param warnFrom the day of the year (MM-dd) from which the console warns that next
 * year's notice is missing
 * @param receipt how receipt dates of channels not named by Article 31 are read
 */
@ConfigurationProperties("gongkai.calendar")
public record CalendarProperties(@DefaultValue("false") boolean countStartDay,
		@DefaultValue("true") boolean feePaymentPausesReply, @DefaultValue("366") int maxWorkingDays,
		@DefaultValue("5s") Duration refreshInterval, @DefaultValue("11-01") String warnFrom,
		@DefaultValue Receipt receipt) {

	public CalendarProperties {
		if (maxWorkingDays < 1) {
			throw new IllegalArgumentException("gongkai.calendar.max-working-days 应为正整数");
		}
		warnFromDay(warnFrom);
	}

	/** The day of the year from which next year's missing notice is warned about. */
	public MonthDay warnFromDay() {
		return warnFromDay(warnFrom);
	}

	private static MonthDay warnFromDay(String text) {
		try {
			return MonthDay.parse("--" + text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("gongkai.calendar.warn-from 应为 MM-dd，例如 11-01：" + text, e);
		}
	}

	/**
	 * Readings of Article 31 for channels it does not name.
	 *
	 * @param email the rule for applications by email
	 * @param hotline the rule for 12345 hotline work orders
	 */
	public record Receipt(@DefaultValue("CONFIRMATION_DAY") ReceiptDates.Rule email,
			@DefaultValue("CONFIRMATION_DAY") ReceiptDates.Rule hotline) {
	}

}
