package org.gongkai.shared;

import java.util.List;

/**
 * Paths a module serves without sign-in. Each module declares its own as a bean; security
 * permits exactly the union of them and nothing else, so the public surface is an
 * explicit, reviewable list.
 *
 * @param module the module that owns the paths (for documentation and tests)
 * @param patterns Spring path patterns, such as {@code /api/v1/calendar/**}
 */
public record PublicEndpoints(String module, List<String> patterns) {

	/**
	 * The request attribute that marks a GET of an address nobody serves: security lets
	 * it through its public reading chain (with the page headers, without sign-in) so
	 * that the visitor gets the public 404 page rather than the staff sign-in.
	 */
	public static final String UNSERVED = PublicEndpoints.class.getName() + ".UNSERVED";

	public static PublicEndpoints of(String module, String... patterns) {
		return new PublicEndpoints(module, List.of(patterns));
	}

}
