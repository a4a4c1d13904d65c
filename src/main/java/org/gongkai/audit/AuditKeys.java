package org.gongkai.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key ring of the audit trail: the HMAC-SHA256 key that signs new entries and
 * checkpoints, and the retired keys that still verify what they signed. The keys live
 * outside the database (configuration or a file), so whoever can only write the database
 * cannot recompute the chain.
 * <p>
 * A key's id is derived from the key itself (the first 8 bytes of its SHA-256, in hex),
 * so a stored id can never point at the wrong key.
 */
final class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	/** The file generated in the data directory when no key is configured. */
	static final String GENERATED_FILE = "audit.key";

	static final int MIN_BYTES = 32;

	private final Map<String, Key> byId;

	private final Key signing;

	/** One key: its id and secret. */
	record Key(String id, byte[] secret) {

		/** The HMAC-SHA256 of {@code fields}, each length-prefixed, in hex. */
		String mac(String... fields) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(secret, "HmacSHA256"));
				AuditChain.encode(fields, mac::update);
				return HexFormat.of().formatHex(mac.doFinal());
			}
			catch (NoSuchAlgorithmException | InvalidKeyException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.id.equals(id);
		}

		@Override
		public int hashCode() {
			return id.hashCode();
		}

		@Override
		public String toString() {
			return "Key[" + id + "]";
		}

	}

	/** A ring of Base64 keys; the last one signs. */
	static AuditKeys of(List<String> encoded, String source) {
		if (encoded.isEmpty()) {
			throw new IllegalStateException("No audit key in " + source);
		}
		Map<String, Key> keys = new LinkedHashMap<>();
		Key last = null;
		for (String text : encoded) {
			last = decode(text, source);
			keys.put(last.id(), last);
		}
		return new AuditKeys(keys, last);
	}

	/**
	 * The ring the settings name: {@code gongkai.audit.key} (with its retired keys), else
	 * the key file, else {@code audit.key} in {@code dataDir}, generated on first start.
	 */
	static AuditKeys load(AuditProperties properties, Path dataDir) {
		if (properties.key() != null && !properties.key().isBlank()) {
			List<String> ring = new ArrayList<>(properties.previousKeys());
			ring.add(properties.key());
			return of(ring, "gongkai.audit.key / gongkai.audit.previous-keys");
		}
		if (properties.keyFile() != null && !properties.keyFile().toString().isBlank()) {
			if (!Files.isRegularFile(properties.keyFile())) {
				throw new IllegalStateException("gongkai.audit.key-file " + properties.keyFile().toAbsolutePath()
						+ " does not exist; create it (one Base64 key of at least " + MIN_BYTES
						+ " random bytes a line, e.g. `openssl rand -base64 32`) or leave the setting empty");
			}
			return read(properties.keyFile());
		}
		Path generated = dataDir.resolve(GENERATED_FILE);
		if (!Files.exists(generated)) {
			generate(generated);
		}
		return read(generated);
	}

	/**
	 * Reads a key ring file: one Base64 key a line, blank lines and {@code #} comments
	 * ignored.
	 */
	static AuditKeys read(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return of(lines, file.toAbsolutePath().toString());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the audit key file " + file.toAbsolutePath(), e);
		}
	}

	/**
	 * Writes a new random key to {@code file}, readable by its owner only; if another
	 * instance sharing the folder wrote it first, keeps that one.
	 */
	static void generate(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			String content = "# Gongkai audit key (HMAC-SHA256), generated on first start. Back it up apart\n"
					+ "# from the database; every instance and audit-verify must use the same ring.\n"
					+ "# Rotation: docs/deployment.md.\n" + newKey() + "\n";
			try {
				Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE);
			}
			catch (FileAlreadyExistsException raced) {
				return;
			}
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the folder's permissions apply
			}
			log.warn(
					"Generated the audit key {}: keep a copy apart from the database backups; other instances "
							+ "and audit-verify must use the same file (gongkai.audit.key-file)",
					file.toAbsolutePath());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot write the audit key file " + file.toAbsolutePath(), e);
		}
	}

	/** A new random key, Base64. */
	static String newKey() {
		byte[] bytes = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static Key decode(String text, String source) {
		byte[] secret;
		try {
			secret = Base64.getDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("An audit key in " + source + " is not Base64", e);
		}
		if (secret.length < MIN_BYTES) {
			throw new IllegalStateException("An audit key in " + source + " has " + secret.length + " bytes; at least "
					+ MIN_BYTES + " random bytes are needed (openssl rand -base64 32)");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
			return new Key(HexFormat.of().formatHex(Arrays.copyOf(digest, 8)), secret);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private AuditKeys(Map<String, Key> byId, Key signing) {
		this.byId = Map.copyOf(byId);
		this.signing = signing;
	}

	/** The key that signs new entries and checkpoints. */
	Key signing() {
		return signing;
	}

	/** The key of {@code id}, if it is in the ring. */
	Optional<Key> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

}
