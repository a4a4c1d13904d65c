package org.gongkai.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The single source of "now" for the application: the system clock in Asia/Shanghai,
 * replaced by a fixed clock in tests. Statutory days are Beijing days, whatever zone the
 * server runs in.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Zones.BEIJING);
	}

}
