package org.gongkai.requests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Schedules {@link RequestSweep} daily (Beijing time); off with {@code gongkai.requests.sweep.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${gongkai.requests.sweep.enabled:true} and !${gongkai.cli:false}")
class RequestSweepSchedule {

	private final RequestSweep sweep;

	RequestSweepSchedule(RequestSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(cron = "${gongkai.requests.sweep.cron:0 0 8 * * MON-SAT}", zone = "Asia/Shanghai")
	void daily() {
		sweep.run();
	}

}
