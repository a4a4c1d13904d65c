package org.gongkai.reports;

import org.gongkai.shared.Zones;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules {@link ReportDeadlineSweep#runScheduled()} on every instance as
 * {@code gongkai.reports.reminders.cron} says; its lock lets one instance run it. Not in
 * command-line runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.cli", havingValue = false, matchIfMissing = true)
class ReportDeadlineSchedule implements SchedulingConfigurer {

	private final ReportDeadlineSweep sweep;

	private final ReportRemindersProperties properties;

	ReportDeadlineSchedule(ReportDeadlineSweep sweep, ReportRemindersProperties properties) {
		this.sweep = sweep;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (this.properties.enabled()) {
			tasks.addCronTask(
					new CronTask(this.sweep::runScheduled, new CronTrigger(this.properties.cron(), Zones.BEIJING)));
		}
	}

}
