package org.gongkai.disclosure;

import org.springframework.modulith.NamedInterface;

/**
 * Announced, in the transaction of the change, whenever what the public may see of an
 * entry may have changed: a version published, the entry withdrawn, revised or given an
 * attachment. Readers of the public catalogue (the portal's search) re-read the entry
 * through {@link PublicCatalogue} rather than trusting the event's content.
 *
 * @param entryId the entry
 * @param agencyId its agency
 * @param change what happened
 */
@NamedInterface("api")
public record PublicEntryChanged(long entryId, long agencyId, Change change) {

	/** What happened to the entry. */
	public enum Change {

		/** A version became public. */
		PUBLISHED,
		/** The entry was taken off the public pages. */
		WITHDRAWN,
		/** The working copy changed; the public version may be the same. */
		REVISED,
		/** A file was attached. */
		ATTACHED

	}

}
