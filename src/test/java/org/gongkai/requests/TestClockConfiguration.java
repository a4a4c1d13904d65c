package org.gongkai.requests;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with one the integration tests move from day to day. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		MutableClock clock = new MutableClock(java.time.Instant.EPOCH);
		clock.setDay(RequestsIntegrationTest.TODAY);
		return clock;
	}

}
