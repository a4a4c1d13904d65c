package org.gongkai.requests.web;

import java.util.Set;

/**
 * Narrows the agencies a staff member may read to the one asked for, or to none when it
 * is not among them.
 */
final class AgencyScope {

	private AgencyScope() {
	}

	static Set<Long> of(Set<Long> readable, Long agencyId) {
		if (agencyId == null) {
			return readable;
		}
		return readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
	}

}
