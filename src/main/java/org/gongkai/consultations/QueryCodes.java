package org.gongkai.consultations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The query codes (查询码) askers follow their questions with: {@code ZX-XXXX-XXXX-XXXX}, 60
 * random bits in Crockford's base 32, so they cannot be guessed; only their SHA-256
 * digest is stored.
 */
@Component
class QueryCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final SecureRandom random = new SecureRandom();

	/** A fresh code. */
	String newCode() {
		StringBuilder code = new StringBuilder("ZX");
		for (int i = 0; i < 12; i++) {
			if (i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(32)));
		}
		return code.toString();
	}

	/** The stored digest of a code as typed: upper case, spaces removed. */
	static String digest(String typed) {
		String code = typed == null ? "" : typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code typed} has the shape of a code. */
	static boolean isWellFormed(String typed) {
		return typed != null && typed.strip()
			.toUpperCase(Locale.ROOT)
			.matches("ZX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
	}

}
