package org.gongkai.consultations;

import org.gongkai.shared.Zones;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules {@link ConsultationSweep#runScheduled()} on every instance as
 * {@code gongkai.consultations.sweep} says; its lock lets one instance run it. Not in
 * command-line runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.cli", havingValue = false, matchIfMissing = true)
class ConsultationSchedule implements SchedulingConfigurer {

	private final ConsultationSweep sweep;

	private final ConsultationsProperties properties;

	ConsultationSchedule(ConsultationSweep sweep, ConsultationsProperties properties) {
		this.sweep = sweep;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (properties.sweep().enabled()) {
			tasks.addCronTask(
					new CronTask(sweep::runScheduled, new CronTrigger(properties.sweep().cron(), Zones.BEIJING)));
		}
	}

}
