package org.gongkai.disclosure;

import org.gongkai.shared.Zones;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules {@link DisclosureSweep#publishScheduled()} and
 * {@link DisclosureSweep#runScheduled()} on every instance as
 * {@code gongkai.disclosure.publication} and {@code gongkai.disclosure.sweep} say; their
 * locks let one instance run each. Not in command-line runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.cli", havingValue = false, matchIfMissing = true)
class DisclosureSchedule implements SchedulingConfigurer {

	private final DisclosureSweep sweep;

	private final DisclosureProperties properties;

	DisclosureSchedule(DisclosureSweep sweep, DisclosureProperties properties) {
		this.sweep = sweep;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (properties.publication().enabled()) {
			tasks.addCronTask(new CronTask(sweep::publishScheduled,
					new CronTrigger(properties.publication().cron(), Zones.BEIJING)));
		}
		if (properties.sweep().enabled()) {
			tasks.addCronTask(
					new CronTask(sweep::runScheduled, new CronTrigger(properties.sweep().cron(), Zones.BEIJING)));
		}
	}

}
