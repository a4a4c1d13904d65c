package org.gongkai.fees;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the module's settings and builds the calculator from the configured schedules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeesProperties.class)
class FeesConfiguration {

	@Bean
	FeeCalculator feeCalculator(FeesProperties properties, Clock clock) {
		return new FeeCalculator(properties.feeSchedules(), clock, properties.maxCount());
	}

}
