package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry over its predecessor's hash and its own fields, in a fixed,
 * unambiguous encoding.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String prevHash, long seq, Instant occurredAt, String actor, Long agencyId, String action,
			String subjectType, String subjectId, String summary) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Length-prefixed fields, so that no two different entries encode to the same
			// bytes.
			for (String field : new String[] { prevHash, Long.toString(seq), Long.toString(occurredAt.toEpochMilli()),
					actor, agencyId == null ? "" : agencyId.toString(), action, subjectType, subjectId, summary }) {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String hashOf(AuditEntry entry) {
		return hash(entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.agencyId(), entry.action(),
				entry.subjectType(), entry.subjectId(), entry.summary());
	}

}
