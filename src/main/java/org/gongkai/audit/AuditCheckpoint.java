package org.gongkai.audit;

import java.time.Instant;

/**
 * A checkpoint of the trail published outside the database: the head's sequence and hash
 * at a moment, signed with a key of the ring, so that a later truncation or rewrite of
 * the entries up to {@code seq} is detected even by someone holding the database.
 *
 * @param location the host and file it was published to
 */
record AuditCheckpoint(long seq, String hash, Instant publishedAt, String keyId, String location, String signature) {

	/** The signature {@code key} gives these facts. */
	static String sign(AuditKeys.Key key, long seq, String hash, Instant publishedAt, String location) {
		return key.mac("gongkai-audit-checkpoint", "key:" + key.id(), Long.toString(seq), hash,
				Long.toString(publishedAt.toEpochMilli()), location);
	}

	/** Whether the signature is that of a key in {@code keys}. */
	boolean signedBy(AuditKeys keys) {
		return keys.find(keyId).map(key -> sign(key, seq, hash, publishedAt, location).equals(signature)).orElse(false);
	}

}
