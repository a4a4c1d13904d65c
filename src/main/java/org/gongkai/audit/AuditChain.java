package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hash of an audit entry over its predecessor's hash and its own fields, in a fixed,
 * unambiguous encoding: an HMAC-SHA256 with a key of the {@link AuditKeys ring} for
 * entries that name their key, a plain SHA-256 for the legacy entries written before the
 * chain was keyed.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The legacy, un-keyed hash (entries without a key id). */
	static String hash(String prevHash, long seq, Instant occurredAt, String actor, Long agencyId, String action,
			String subjectType, String subjectId, String summary) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			encode(fields(prevHash, seq, occurredAt, actor, agencyId, action, subjectType, subjectId, summary),
					digest::update);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The keyed hash; the key's id is part of what is signed. */
	static String mac(AuditKeys.Key key, String prevHash, long seq, Instant occurredAt, String actor, Long agencyId,
			String action, String subjectType, String subjectId, String summary) {
		String[] fields = fields(prevHash, seq, occurredAt, actor, agencyId, action, subjectType, subjectId, summary);
		String[] withKey = new String[fields.length + 1];
		withKey[0] = "key:" + key.id();
		System.arraycopy(fields, 0, withKey, 1, fields.length);
		return key.mac(withKey);
	}

	/**
	 * The hash {@code entry} must carry, or empty when its key is not in {@code keys}.
	 */
	static Optional<String> expected(AuditEntry entry, AuditKeys keys) {
		if (entry.keyId() == null) {
			return Optional.of(hash(entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.agencyId(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.summary()));
		}
		return keys.find(entry.keyId())
			.map(key -> mac(key, entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.agencyId(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.summary()));
	}

	/**
	 * Feeds {@code fields} length-prefixed to {@code sink}, so that no two different
	 * field lists encode to the same bytes.
	 */
	static void encode(String[] fields, Consumer<byte[]> sink) {
		for (String field : fields) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			sink.accept(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			sink.accept(new byte[] { ':' });
			sink.accept(bytes);
		}
	}

	private static String[] fields(String prevHash, long seq, Instant occurredAt, String actor, Long agencyId,
			String action, String subjectType, String subjectId, String summary) {
		return new String[] { prevHash, Long.toString(seq), Long.toString(occurredAt.toEpochMilli()), actor,
				agencyId == null ? "" : agencyId.toString(), action, subjectType, subjectId, summary };
	}

}
