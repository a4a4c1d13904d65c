package org.gongkai.audit;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules {@link AuditCheckpoints#publishScheduled()} on every instance every
 * {@code gongkai.audit.checkpoint-interval}; its lock lets one instance publish at a
 * time. Not in command-line runs (they publish at shutdown and after a verification).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "gongkai.cli", havingValue = false, matchIfMissing = true)
class AuditCheckpointSchedule implements SchedulingConfigurer {

	private final AuditCheckpoints checkpoints;

	private final Duration interval;

	AuditCheckpointSchedule(AuditCheckpoints checkpoints, AuditProperties properties) {
		this.checkpoints = checkpoints;
		this.interval = properties.checkpointInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (!interval.isZero() && !interval.isNegative()) {
			tasks.addFixedDelayTask(new FixedDelayTask(checkpoints::publishScheduled, interval, interval));
		}
	}

}
