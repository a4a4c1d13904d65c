package org.gongkai.requests;

import java.time.Duration;
import java.util.List;

import org.gongkai.agencies.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the applications module ({@code gongkai.requests.*}); every default is
 * documented in docs/requests.md.
 *
 * @param reviewChain the review levels a draft reply passes before it may be sent, in
 * order, as roles held in the application's agency (for example
 * {@code REVIEWER,OFFICE_HEAD} for two levels; empty for none)
 * @param correctionTermDays the reasonable correction term (working days) offered by
 * default in a correction notice (Article 30 leaves the length to the agency)
 * @param dueSoonDays a case is "due soon" (yellow) when this many working days or fewer
 * are left
 * @param attachments limits of uploaded files
 * @param tracking guessing limits of the public /track page
 * @param reminders reminder emails to handlers
 * @param sweep the daily sweep that refreshes the due-date index, purges old tracking
 * failures and sends reminders
 * @param mailFrom the sender of emails to applicants and staff
 * @param publicBaseUrl the public address used in emails, such as
 * {@code https://gongkai.example.gov.cn}
 */
@ConfigurationProperties("gongkai.requests")
public record RequestsProperties(@DefaultValue("REVIEWER") List<Role> reviewChain,
		@DefaultValue("15") int correctionTermDays, @DefaultValue("5") int dueSoonDays,
		@DefaultValue Attachments attachments, @DefaultValue Tracking tracking, @DefaultValue Reminders reminders,
		@DefaultValue Sweep sweep, @DefaultValue("noreply@gongkai.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/**
	 * @param maxSize the largest accepted file
	 * @param maxFiles the most files per upload
	 */
	public record Attachments(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("5") int maxFiles) {
	}

	/**
	 * @param maxFailures failed look-ups allowed per client address within {@code window}
	 * @param window the sliding window
	 */
	public record Tracking(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window) {
	}

	/**
	 * @param enabled whether reminder emails are sent
	 * @param leadDays working days before the due date at which a reminder goes out
	 * @param overdue whether a reminder goes out once a case is overdue
	 */
	public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue( {
			"5", "2" }) List<Integer> leadDays, @DefaultValue("true") boolean overdue){
	}

	/**
	 * @param enabled whether the sweep is scheduled on this instance (with several, one
	 * of them runs it each day)
	 * @param cron when it runs, Beijing time
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 8 * * MON-SAT") String cron) {
	}

}
