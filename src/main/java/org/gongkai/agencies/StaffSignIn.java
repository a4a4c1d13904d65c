package org.gongkai.agencies;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff for form sign-in and keeps the lockout count in the database, so that it holds across instances.
 */
@Service
class StaffSignIn implements UserDetailsService {

	private final StaffMembers staff;

	private final Clock clock;

	StaffSignIn(StaffMembers staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return staff.findByUsername(username)
			.map(found -> found.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		staff.findByUsername(event.getAuthentication().getName()).ifPresent(found -> {
			found.signInFailed(clock.instant());
			staff.save(found);
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			staff.findById(principal.id()).filter(found -> found.getFailedAttempts() > 0 || found.getLockedUntil() != null)
				.ifPresent(found -> {
					found.signInSucceeded();
					staff.save(found);
				});
		}
	}

}
