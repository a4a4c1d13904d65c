package org.gongkai.fees;

import org.gongkai.shared.AuditableEvent;

/**
 * A change to a fee notice, recorded by the audit trail; its subject is the notice.
 */
public interface FeeEvent extends AuditableEvent {

	/** The notice changed. */
	long noticeId();

	@Override
	default String subjectType() {
		return "fee-notice";
	}

	@Override
	default String subjectId() {
		return Long.toString(noticeId());
	}

}
