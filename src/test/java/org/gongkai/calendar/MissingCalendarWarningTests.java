package org.gongkai.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.ConsoleNotice;
import org.gongkai.shared.Zones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console warning about missing holiday notices, on fixed days. */
class MissingCalendarWarningTests {

	static final CalendarProperties DEFAULTS = new CalendarProperties(false, true, 366, Duration.ofSeconds(5), "11-01",
			new CalendarProperties.Receipt(ReceiptDates.Rule.CONFIRMATION_DAY, ReceiptDates.Rule.CONFIRMATION_DAY));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	static List<ConsoleNotice> noticesOn(String day, WorkingCalendar calendar) {
		Clock clock = Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(Zones.BEIJING).toInstant(), Zones.BEIJING);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/calendar");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new MissingCalendarWarning(calendar, clock, messages, DEFAULTS).notices();
	}

	@Test
	void saysNothingBeforeTheFirstOfNovember() {
		assertThat(noticesOn("2026-10-31", Fixtures.shippedCalendar())).isEmpty();
	}

	@Test
	void warnsFromTheFirstOfNovemberThatNextYearIsMissing() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(noticesOn("2026-11-01", Fixtures.shippedCalendar())).singleElement().satisfies(notice -> {
			assertThat(notice.level()).isEqualTo("warn");
			assertThat(notice.message()).startsWith("2027 年节假日安排尚未载入");
			assertThat(notice.link()).isEqualTo("/console/calendar");
		});
		assertThat(noticesOn("2026-11-26", Fixtures.shippedCalendar())).hasSize(1);
	}

	@Test
	void warnsInEnglishToo() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(noticesOn("2026-11-26", Fixtures.shippedCalendar()).get(0).message())
			.startsWith("The holiday arrangements for 2027 are not loaded");
	}

	@Test
	void stopsWarningOnceNextYearIsLoaded() {
		assertThat(noticesOn("2026-11-26", Fixtures.calendarWith(Fixtures.notice2027()))).isEmpty();
	}

	@Test
	void aMissingCurrentYearIsAnError() {
		assertThat(noticesOn("2027-01-04", Fixtures.shippedCalendar())).singleElement()
			.satisfies(notice -> assertThat(notice.level()).isEqualTo("error"));
	}

}
