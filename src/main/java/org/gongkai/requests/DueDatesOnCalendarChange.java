package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.gongkai.calendar.CalendarYearLoaded;
import org.gongkai.calendar.CalendarYearWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rewrites the indexed due dates as soon as a holiday notice is loaded or withdrawn,
 * instead of at the next daily sweep: a provisional deadline that reached into a year
 * without a calendar moves to its true day at once. Runs after the calendar has applied
 * the notice (lowest precedence, after commit) and off the administrator's request
 * thread.
 */
@Component
class DueDatesOnCalendarChange {

	private static final Logger log = LoggerFactory.getLogger(DueDatesOnCalendarChange.class);

	private final RequestSweep sweep;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "due-index-refresh");
		thread.setDaemon(true);
		return thread;
	});

	DueDatesOnCalendarChange(RequestSweep sweep, Clock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void loaded(CalendarYearLoaded event) {
		refreshLater(event.year());
	}

	@TransactionalEventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void withdrawn(CalendarYearWithdrawn event) {
		refreshLater(event.year());
	}

	private void refreshLater(int year) {
		executor.execute(() -> {
			try {
				int changed = sweep.refreshDueIndex(LocalDate.now(clock));
				log.info("Holiday notice {} changed: {} indexed due dates rewritten", year, changed);
			}
			catch (RuntimeException e) {
				// The daily sweep repairs the index anyway; a failure here only delays
				// it.
				log.warn("Could not rewrite due dates after the {} notice changed", year, e);
			}
		});
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
