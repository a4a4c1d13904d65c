package org.gongkai.shared;

import java.time.Instant;

/**
 * An auditable event that is also a step in a case's history (an application's, an
 * appeal's). Besides the audit trail's chained copy, {@link CaseHistory} keeps every such
 * event in the history table its module names.
 */
public interface CaseHistoryEvent extends AuditableEvent {

	/** The case. */
	long caseId();

	/** When the step was taken. */
	Instant occurredAt();

	/** The history the step belongs to: its module's table. */
	CaseHistory.Table history();

}
