package org.gongkai.audit;

import java.time.Instant;

/**
 * One recorded action: who did what to which record of which agency, and the hash that
 * chains it to its predecessor, keyed with the key {@code keyId} names ({@code null} for
 * the legacy entries written before the chain was keyed); with the message code and
 * arguments that render the summary in the reader's language ({@code null} on entries
 * written before codes were kept), bound to the signed summary by verification.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, Long agencyId, String action, String subjectType,
		String subjectId, String summary, String prevHash, String hash, String keyId, String summaryCode,
		String summaryArgs) {
}
