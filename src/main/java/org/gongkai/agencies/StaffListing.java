package org.gongkai.agencies;

import java.time.Instant;
import java.util.List;

/**
 * A staff member as the staff list shows them: account state and every role with the
 * agency's name.
 *
 * @param lockedUntil the end of a lockout after failed sign-ins, or {@code null}
 */
public record StaffListing(long id, String username, String displayName, boolean enabled, Instant lockedUntil,
		List<Grant> grants) {

	/** One role in one agency, with the agency's name for display. */
	public record Grant(Role role, long agencyId, String agencyName) {
	}

}
