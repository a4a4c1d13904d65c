package org.gongkai.agencies;

import java.time.Clock;

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
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads staff for form sign-in, counts wrong passwords per account and client address
 * ({@link SignInLocks}: sign-in slows down and then pauses from that address only) and
 * records every sign-in, failed sign-in, lock and unlock in the audit trail. A paused
 * address is answered exactly as an unknown user name (and so as a wrong password): the
 * same message, and the same password hashing time.
 */
@Service
class StaffSignIn implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

	private final StaffMembers staff;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final SignInLocks locks;

	StaffSignIn(StaffMembers staff, Clock clock, ApplicationEventPublisher events, JdbcClient jdbc, SignInLocks locks) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.locks = locks;
	}

	/**
	 * In one read-only transaction: loading an account also reads its roles, a second
	 * query, which outside a transaction took a second connection while the first was
	 * still held; twenty simultaneous sign-ins then held all ten and waited for the
	 * pool's 30 s timeout.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String client = currentClient();
		if (client != null && locks.isPaused(username, client)) {
			throw new UsernameNotFoundException("用户名或密码错误");
		}
		return staff.findByUsername(username)
			.map(found -> found.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	/**
	 * Counts a wrong password for the account from the client's address with one atomic
	 * update of its row, so that simultaneous guesses (on one instance or several) are
	 * each counted and none fails.
	 */
	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		String client = client(event.getAuthentication());
		Staff found = name == null ? null : staff.findByUsername(name).orElse(null);
		if (found == null) {
			// A mistyped name may be a password or a person's name: record it masked.
			events.publishEvent(SignInFailed.unknownUser(IdentifierChecks.mask(truncate(name))));
			return;
		}
		SignInLocks.Failure failure = locks.fail(found.getUsername(), client);
		Long agency = AgencyAdministration.primaryAgency(found);
		String subject = found.getId().toString();
		events.publishEvent(failure.wasPaused()
				? SignInFailed.whilePaused(found.getUsername(), agency, subject, client, failure.failures())
				: SignInFailed.wrongPassword(found.getUsername(), agency, subject, client, failure.failures(),
						failure.lockedUntil()));
		if (failure.locked()) {
			log.warn("Sign-in to {} from {} locked after {} wrong passwords", found.getUsername(), client,
					failure.failures());
			events.publishEvent(AccountLocked.after(agency, subject, found.getUsername(), client, failure.failures(),
					failure.lockedUntil()));
		}
	}

	@EventListener
	@Transactional
	public void onRefused(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureLockedEvent || event instanceof AuthenticationFailureDisabledEvent) {
			boolean locked = event instanceof AuthenticationFailureLockedEvent;
			staff.findByUsername(event.getAuthentication().getName())
				.ifPresent(found -> events.publishEvent(SignInFailed.refused(found.getUsername(),
						AgencyAdministration.primaryAgency(found), found.getId().toString(), locked)));
		}
	}

	/**
	 * A sign-in whose password could not be checked (the database unreachable or timing
	 * out, say): logged with its cause and recorded, so that it is neither mistaken for a
	 * wrong password nor lost. The sign-in page says the service is unavailable.
	 */
	@EventListener
	public void onServiceError(AuthenticationFailureServiceExceptionEvent event) {
		Throwable cause = event.getException().getCause() == null ? event.getException()
				: event.getException().getCause();
		log.error("Sign-in could not be checked", event.getException());
		try {
			events.publishEvent(
					SignInFailed.serviceError(IdentifierChecks.mask(truncate(event.getAuthentication().getName())),
							truncate(cause.getClass().getSimpleName() + ": " + cause.getMessage())));
		}
		catch (RuntimeException e) {
			log.warn("The failed sign-in could not be recorded in the audit trail: {}", e.getMessage());
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
				String client = client(event.getAuthentication());
				locks.succeeded(found.getUsername(), client)
					.ifPresent(until -> events
						.publishEvent(SignInUnlocked.expired(AgencyAdministration.primaryAgency(found),
								found.getId().toString(), found.getUsername(), client, until)));
				events.publishEvent(SignInSucceeded.of(found.getUsername(), AgencyAdministration.primaryAgency(found),
						found.getId().toString()));
			});
		}
	}

	/** The client's address as the sign-in filter recorded it, or {@code unknown}. */
	private static String client(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return truncate(details.getRemoteAddress());
		}
		String current = currentClient();
		return current == null ? "unknown" : truncate(current);
	}

	private static String currentClient() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

	private static String truncate(String name) {
		return name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
	}

}
