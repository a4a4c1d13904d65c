package org.gongkai.agencies.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The purge of expired sign-in sessions from the database, once a minute on one instance.
 * Spring Session would run it on a timer of its own on every instance
 * ({@code spring.session.jdbc.cleanup-cron}, switched off in application.properties);
 * here it is a scheduled job under ShedLock like every other.
 */
@Component
class SessionCleanup {

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
		this.sessions = sessions;
	}

	/** Deletes the sessions that expired; none without a database session store. */
	@Scheduled(cron = "${gongkai.sessions.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = "sessions.cleanup", lockAtLeastFor = "PT50S", lockAtMostFor = "PT5M")
	public void cleanUp() {
		sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
	}

}
