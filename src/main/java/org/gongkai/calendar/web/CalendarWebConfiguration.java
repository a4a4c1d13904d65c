package org.gongkai.calendar.web;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's public surface: the calculator page and the read-only calendar API. */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

	@Bean
	PublicEndpoints calendarPublicEndpoints() {
		return PublicEndpoints.of("calendar", "/calendar", "/api/v1/calendar/deadline", "/api/v1/calendar/working-days",
				"/api/v1/calendar/years");
	}

}
