package org.gongkai.requests;

import org.gongkai.shared.Zones;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules {@link RequestSweep#runScheduled()} on every instance as
 * {@code gongkai.requests.sweep} says (daily, Beijing time); the sweep's lock lets one
 * instance run it. Not in command-line runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.cli", havingValue = false, matchIfMissing = true)
class RequestSweepSchedule implements SchedulingConfigurer {

	private final RequestSweep sweep;

	private final RequestsProperties.Sweep settings;

	RequestSweepSchedule(RequestSweep sweep, RequestsProperties properties) {
		this.sweep = sweep;
		this.settings = properties.sweep();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (settings.enabled()) {
			tasks.addCronTask(new CronTask(sweep::runScheduled, new CronTrigger(settings.cron(), Zones.BEIJING)));
		}
	}

}
