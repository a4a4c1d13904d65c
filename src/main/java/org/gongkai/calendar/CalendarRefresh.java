package org.gongkai.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's {@link WorkingCalendar} in step with the notices in the database,
 * so that a year loaded on any instance applies on all of them.
 * <p>
 * Why a revision number read every few seconds: the calendar answers millions of
 * questions a second from memory and must never wait for the database, so it cannot ask
 * the database on each question, and asking once per web request would put a query on
 * every page and API call for an event that happens once a year. One single-row
 * primary-key read every {@code gongkai.calendar.refresh-interval} (default 5 s) costs
 * nothing, needs no message broker, and bounds the delay after which another instance
 * applies a new year. The instance that made the change applies it at once, right after
 * its transaction commits.
 */
@Component
class CalendarRefresh implements SmartInitializingSingleton, SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

	private final WorkingCalendar calendar;

	private final StoredNotices store;

	private final CalendarProperties properties;

	private long appliedRevision = -1;

	CalendarRefresh(WorkingCalendar calendar, StoredNotices store, CalendarProperties properties) {
		this.calendar = calendar;
		this.store = store;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Migrations have run by now: every singleton, Flyway's initializer included, is
		// instantiated.
		refresh();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::refreshQuietly, properties.refreshInterval());
	}

	// First among after-commit listeners: modules that re-read deadlines on a notice
	// change need the new index.
	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void changed(CalendarYearEvent event) {
		refresh();
	}

	/**
	 * Applies the notices in the database if their revision changed; returns whether it
	 * did.
	 */
	synchronized boolean refresh() {
		long revision = store.revision();
		if (revision == appliedRevision) {
			return false;
		}
		calendar.replace(effective(ShippedNotices.all(), store.inForce()));
		if (appliedRevision >= 0) {
			// Only changes after start-up are news; the first load stays quiet (the
			// deadline command prints to stdout).
			log.info("节假日安排已更新（修订号 {}），已载入年份：{}", revision, calendar.knownYears());
		}
		appliedRevision = revision;
		return true;
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException e) {
			// The calendar in memory stays valid; the next run tries again.
			log.warn("无法从数据库读取节假日安排，继续使用当前数据：{}", e.getMessage());
		}
	}

	/**
	 * The notice in force for each year: an administrator's load replaces the shipped
	 * notice of its year.
	 */
	static List<HolidayNotice> effective(Collection<HolidayNotice> shipped, Collection<HolidayNotice> loaded) {
		Map<Integer, HolidayNotice> byYear = new TreeMap<>();
		shipped.forEach(notice -> byYear.put(notice.year(), notice));
		loaded.forEach(notice -> byYear.put(notice.year(), notice));
		return List.copyOf(byYear.values());
	}

}
