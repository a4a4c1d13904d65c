package org.gongkai.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calendar's beans: the working calendar (shipped notices at first;
 * {@link CalendarRefresh} adds the loaded ones as soon as the database is ready), the
 * statutory clock and the receipt-date rules, each set up from
 * {@link CalendarProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarProperties properties) {
		return new WorkingCalendar(CalendarIndex.of(ShippedNotices.all()), properties.countStartDay());
	}

	@Bean
	DeadlineRules deadlineRules(WorkingCalendar calendar, CalendarProperties properties) {
		return new DeadlineRules(calendar, properties.feePaymentPausesReply());
	}

	@Bean
	ReceiptDates receiptDates(CalendarProperties properties) {
		return new ReceiptDates(properties.receipt().email(), properties.receipt().hotline());
	}

}
