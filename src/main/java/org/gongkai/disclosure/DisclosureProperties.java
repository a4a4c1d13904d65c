package org.gongkai.disclosure;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the disclosure module ({@code gongkai.disclosure.*}); every default is
 * documented in docs/disclosure.md.
 *
 * @param dueSoonDays an entry is due soon when this many working days or fewer are left
 * of the 20 of Article 26
 * @param attachments limits of attached files
 * @param reminders reminder emails
 * @param publication the job that publishes scheduled entries
 * @param sweep the daily job that refreshes the Article 26 index and sends reminders
 * @param mailFrom the sender of reminders
 * @param publicBaseUrl the public address used in emails and in the public list's links
 */
@ConfigurationProperties("gongkai.disclosure")
public record DisclosureProperties(@DefaultValue("5") int dueSoonDays, @DefaultValue Attachments attachments,
		@DefaultValue Reminders reminders, @DefaultValue Job publication, @DefaultValue Sweep sweep,
		@DefaultValue("noreply@gongkai.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/**
	 * @param maxSize the largest accepted file
	 * @param maxFiles the most files per entry
	 */
	public record Attachments(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("10") int maxFiles) {
	}

	/**
	 * @param enabled whether reminders are sent
	 * @param leadDays working days before the Article 26 date at which a reminder goes
	 * out
	 * @param overdue whether one goes out once the date has passed
	 */
	public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue( {
			"5", "2" }) List<Integer> leadDays, @DefaultValue("true") boolean overdue){
	}

	/**
	 * @param enabled whether the job is scheduled on this instance
	 * @param cron when it runs, Beijing time (every minute by default)
	 */
	public record Job(@DefaultValue("true") boolean enabled, @DefaultValue("0 * * * * *") String cron) {
	}

	/**
	 * @param enabled whether the sweep is scheduled on this instance
	 * @param cron when it runs, Beijing time
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("0 30 8 * * MON-SAT") String cron) {
	}

}
