package org.gongkai.agencies.web;

import org.gongkai.agencies.RoleGranted;
import org.gongkai.agencies.RoleRevoked;
import org.gongkai.agencies.StaffDisabled;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPasswordReset;
import org.gongkai.shared.AuditableEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a staff member's console sessions (on every instance: they live in the database)
 * when an administrator disables the account, resets its password or changes its roles,
 * so that the change takes effect at once rather than at the next sign-in. The
 * administrator's own session is kept when they change their own roles.
 */
@Component
class StaffSessions {

	// Absent when the application runs a command-line task without the web server.
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final StaffMembers staff;

	StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, StaffMembers staff) {
		this.sessions = sessions;
		this.staff = staff;
	}

	@TransactionalEventListener(
			classes = { StaffDisabled.class, StaffPasswordReset.class, RoleGranted.class, RoleRevoked.class },
			fallbackExecution = true)
	void onAccountChanged(AuditableEvent event) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		staff.findById(Long.parseLong(event.subjectId()))
			.filter(member -> !member.getUsername().equals(event.actor()))
			.ifPresent(member -> repository.findByPrincipalName(member.getUsername())
				.keySet()
				.forEach(repository::deleteById));
	}

}
