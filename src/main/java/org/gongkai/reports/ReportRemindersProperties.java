package org.gongkai.reports;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminders of the annual report's deadline ({@code gongkai.reports.reminders}): the
 * days before the region's deadline an agency without a published report is reminded,
 * whether it is reminded once late, and when the daily sweep runs.
 *
 * @param enabled whether reminders are sent
 * @param leadDays the calendar days before the deadline (the deadline is a calendar day)
 * @param overdue whether an agency past the deadline gets one more reminder
 * @param cron when the daily sweep runs, Beijing time
 * @param mailFrom the sender of reminders
 * @param publicBaseUrl the address used in emails
 */
@ConfigurationProperties("gongkai.reports.reminders")
public record ReportRemindersProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"14", "3" }) List<Integer> leadDays, @DefaultValue("true") boolean overdue,
		@DefaultValue("0 50 8 * * *") String cron, @DefaultValue("noreply@gongkai.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String publicBaseUrl){
}
