package org.gongkai.shared;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock on the application's database, so that a job scheduled on every instance runs
 * on one of them per period: a method annotated {@code @SchedulerLock(name = …)} is
 * skipped while another instance (or thread) holds the lock of that name in the table
 * {@code shedlock}.
 * <p>
 * The lock's times are the database's ({@code usingDbTime}), not the instances', so clock
 * skew between instances cannot let two of them in; the same SQL dialect is chosen from
 * the connection on H2 and on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbc) {
		return databaseLocks(jdbc);
	}

	/**
	 * The lock provider the application uses, for tests that start several "instances" on
	 * one database.
	 */
	static LockProvider databaseLocks(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

}
