package org.gongkai.agencies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.gongkai.shared.IdentifierChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff for form sign-in, keeps the lockout count in the database (so that it holds
 * across instances) and records every sign-in, failed sign-in and lockout in the audit
 * trail.
 */
@Service
class StaffSignIn implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

	private final StaffMembers staff;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	StaffSignIn(StaffMembers staff, Clock clock, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return staff.findByUsername(username)
			.map(found -> found.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	/**
	 * Counts a wrong password with one atomic update of the row, so that simultaneous
	 * guesses (on one instance or several) are each counted and none fails on the
	 * aggregate's version; the read after it sees this transaction's own update, since
	 * the row stays locked until commit.
	 */
	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		int updated = jdbc.sql("""
				update staff set
				    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				where username = :name""")
			.param("max", Staff.MAX_FAILED_ATTEMPTS)
			.param("until", OffsetDateTime.ofInstant(clock.instant().plus(Staff.LOCKOUT), ZoneOffset.UTC))
			.param("name", name == null ? "" : name)
			.update();
		if (updated == 0) {
			events.publishEvent(new SignInFailed("anonymous", null, "-",
					// A mistyped name may be a password or a person's name: record it
					// masked.
					"未知用户名 " + IdentifierChecks.mask(truncate(name))));
			return;
		}
		Staff found = staff.findByUsername(name).orElseThrow();
		boolean locked = found.getFailedAttempts() == 0;
		Long agency = AgencyAdministration.primaryAgency(found);
		events.publishEvent(new SignInFailed(found.getUsername(), agency, found.getId().toString(),
				"密码错误（连续第 " + (locked ? Staff.MAX_FAILED_ATTEMPTS : found.getFailedAttempts()) + " 次）"));
		if (locked) {
			log.warn("Account {} locked after {} failed sign-ins", found.getUsername(), Staff.MAX_FAILED_ATTEMPTS);
			events.publishEvent(new AccountLocked("system", agency, found.getId().toString(),
					found.getUsername() + " 连续 " + Staff.MAX_FAILED_ATTEMPTS + " 次登录失败，锁定至 " + found.getLockedUntil()));
		}
	}

	@EventListener
	@Transactional
	public void onRefused(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureLockedEvent || event instanceof AuthenticationFailureDisabledEvent) {
			String reason = event instanceof AuthenticationFailureLockedEvent ? "账户已锁定，拒绝登录" : "账户已停用，拒绝登录";
			staff.findByUsername(event.getAuthentication().getName())
				.ifPresent(found -> events.publishEvent(new SignInFailed(found.getUsername(),
						AgencyAdministration.primaryAgency(found), found.getId().toString(), reason)));
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			staff.findById(principal.id()).ifPresent(found -> {
				if (found.getFailedAttempts() > 0 || found.getLockedUntil() != null) {
					// One update of the counters, not a save of the aggregate, which
					// would
					// race with the atomic count of failures.
					jdbc.sql("update staff set failed_attempts = 0, locked_until = null where id = :id")
						.param("id", found.getId())
						.update();
				}
				events.publishEvent(new SignInSucceeded(found.getUsername(), AgencyAdministration.primaryAgency(found),
						found.getId().toString(), found.getUsername() + " 登录工作台"));
			});
		}
	}

	private static String truncate(String name) {
		return name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
	}

}
