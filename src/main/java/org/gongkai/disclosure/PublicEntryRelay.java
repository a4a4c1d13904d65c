package org.gongkai.disclosure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the catalogue's own events into {@link PublicEntryChanged}, the one event other
 * modules may hear about the public catalogue, in the same transaction.
 */
@Component
class PublicEntryRelay {

	private final ApplicationEventPublisher events;

	PublicEntryRelay(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void published(EntryPublished event) {
		relay(event.entryId(), event.agencyId(), PublicEntryChanged.Change.PUBLISHED);
	}

	@EventListener
	void withdrawn(EntryWithdrawn event) {
		relay(event.entryId(), event.agencyId(), PublicEntryChanged.Change.WITHDRAWN);
	}

	@EventListener
	void revised(EntryRevised event) {
		relay(event.entryId(), event.agencyId(), PublicEntryChanged.Change.REVISED);
	}

	@EventListener
	void attached(AttachmentAdded event) {
		relay(event.entryId(), event.agencyId(), PublicEntryChanged.Change.ATTACHED);
	}

	private void relay(long entryId, Long agencyId, PublicEntryChanged.Change change) {
		if (entryId > 0) {
			events.publishEvent(new PublicEntryChanged(entryId, agencyId == null ? 0 : agencyId, change));
		}
	}

}
