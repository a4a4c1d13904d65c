package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.shared.ConsoleNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Warns on every console page when a holiday notice that deadlines need is missing: this
 * year's at any time (an error: current deadlines are provisional), and next year's from
 * {@code gongkai.calendar.warn-from} (1 November by default; the State Council usually
 * publishes it between October and December).
 */
@Component
class MissingCalendarWarning implements ConsoleNotice.Source {

	static final String LINK = "/console/calendar";

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final MessageSource messages;

	private final CalendarProperties properties;

	MissingCalendarWarning(WorkingCalendar calendar, Clock clock, MessageSource messages,
			CalendarProperties properties) {
		this.calendar = calendar;
		this.clock = clock;
		this.messages = messages;
		this.properties = properties;
	}

	@Override
	public List<ConsoleNotice> notices() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		if (!calendar.isKnownYear(year)) {
			return List.of(new ConsoleNotice("error", message("calendar.notice.current-missing", year), LINK));
		}
		boolean warnNow = !today.isBefore(properties.warnFromDay().atYear(year));
		if (warnNow && !calendar.isKnownYear(year + 1)) {
			return List.of(new ConsoleNotice("warn", message("calendar.notice.next-missing", year + 1), LINK));
		}
		return List.of();
	}

	private String message(String code, int year) {
		return messages.getMessage(code, new Object[] { String.valueOf(year) }, LocaleContextHolder.getLocale());
	}

}
