package org.gongkai.disclosure;

import org.gongkai.shared.CaseHistory;
import org.gongkai.shared.CaseHistoryEvent;

/**
 * A step in a catalogue entry's life, published as a past-tense record when it happened.
 * The audit trail records every one; the entry page lists them as its history.
 */
public interface DisclosureEvent extends CaseHistoryEvent {

	/** The entry. */
	long entryId();

	@Override
	default long caseId() {
		return entryId();
	}

	@Override
	default CaseHistory.Table history() {
		return EntryHistory.TABLE;
	}

	@Override
	default String subjectType() {
		return "disclosure-entry";
	}

	@Override
	default String subjectId() {
		return Long.toString(entryId());
	}

}
