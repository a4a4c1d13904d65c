package org.gongkai.disclosure;

import java.util.Set;

import org.gongkai.agencies.Role;

/**
 * The staff member who acts, with the roles they hold in the entry's agency; services
 * build it from the signed-in person.
 *
 * @param staffId the account
 * @param username the sign-in name, as the audit trail records it
 * @param name the display name, as the history shows it
 * @param roles the roles held in the agency concerned
 */
public record Actor(long staffId, String username, String name, Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

}
