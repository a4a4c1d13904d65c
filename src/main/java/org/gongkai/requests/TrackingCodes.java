package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracking codes and access codes of applications. A tracking code (申请编号,
 * {@code GK-XXXX-XXXX-XX}) carries 50 random bits, so codes cannot be enumerated; the
 * access code (查询码, 8 characters) is derived from it by HMAC with a server secret shared
 * through the database, so any instance can check it and a retried submission shows the
 * same code, while nothing that would reveal it is stored per application.
 */
@Component
class TrackingCodes {

	/**
	 * Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or retyped are
	 * not confused.
	 */
	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern FORMAT = Pattern
		.compile("GK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile byte[] secret;

	TrackingCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// The secret must be committed before it is used, whatever happens to the
		// caller's transaction.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A fresh random tracking code. */
	String newTrackingCode() {
		StringBuilder code = new StringBuilder("GK-");
		for (int i = 0; i < 10; i++) {
			if (i == 4 || i == 8) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(32)));
		}
		return code.toString();
	}

	/**
	 * Whether {@code code} has the shape of a tracking code (a forged or mistyped one is
	 * refused before any look-up).
	 */
	static boolean isWellFormed(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

	/**
	 * Normalises what an applicant typed: upper case, no spaces, confusable letters
	 * mapped as Crockford does.
	 */
	static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		return typed.trim().toUpperCase().replace(" ", "").replace('O', '0').replace('I', '1').replace('L', '1');
	}

	/** The access code of the application with tracking code {@code trackingCode}. */
	String accessCode(String trackingCode) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] digest = mac.doFinal(trackingCode.getBytes(StandardCharsets.US_ASCII));
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				code.append(ALPHABET.charAt(digest[i] & 31));
			}
			return code.toString();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Whether {@code typed} is the access code of {@code trackingCode}, compared in
	 * constant time.
	 */
	boolean accessCodeMatches(String trackingCode, String typed) {
		String normalised = normalise(typed);
		return MessageDigest.isEqual(accessCode(trackingCode).getBytes(StandardCharsets.US_ASCII),
				normalised.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] secret() {
		byte[] known = secret;
		if (known == null) {
			known = loadOrCreateSecret();
			secret = known;
		}
		return known;
	}

	private byte[] loadOrCreateSecret() {
		try {
			return ownTransaction.execute(status -> {
				var stored = jdbc.sql("select secret from request_secret where id = 1").query(String.class).optional();
				if (stored.isPresent()) {
					return Base64.getDecoder().decode(stored.get());
				}
				byte[] fresh = new byte[32];
				random.nextBytes(fresh);
				jdbc.sql("insert into request_secret (id, secret) values (1, :secret)")
					.param("secret", Base64.getEncoder().encodeToString(fresh))
					.update();
				return fresh;
			});
		}
		catch (DuplicateKeyException e) {
			// Another instance created it at the same moment: use theirs.
			return ownTransaction.execute(status -> Base64.getDecoder()
				.decode(jdbc.sql("select secret from request_secret where id = 1").query(String.class).single()));
		}
	}

}
