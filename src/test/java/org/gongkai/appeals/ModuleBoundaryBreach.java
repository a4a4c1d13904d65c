package org.gongkai.appeals;

import org.gongkai.requests.RequestSearch;

/**
 * A deliberate breach of the appeals module's boundary, for {@code ModularityTests} only:
 * appeals code that reaches the applications' internal search instead of
 * {@code requests :: api}. It is no bean and nothing calls it.
 */
class ModuleBoundaryBreach {

	RequestSearch search;

}
