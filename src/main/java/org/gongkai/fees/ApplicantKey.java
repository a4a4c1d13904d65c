package org.gongkai.fees;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * An applicant as the fee count recognises them: the SHA-256 of the identity number
 * (trimmed, upper case), so that the count finds the same person at every agency without
 * the fee tables holding the number itself.
 *
 * @param value 64 hexadecimal digits
 */
@NamedInterface("api")
public record ApplicantKey(String value) {

	public ApplicantKey {
		Objects.requireNonNull(value, "value");
		if (!value.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("An applicant key is 64 hexadecimal digits");
		}
	}

	/**
	 * The key of the applicant with identity number {@code identityNumber} (a 居民身份证
	 * number or an organisation's 统一社会信用代码).
	 * @throws IllegalArgumentException if the number is blank
	 */
	public static ApplicantKey of(String identityNumber) {
		if (identityNumber == null || identityNumber.isBlank()) {
			throw new IllegalArgumentException("An identity number is needed to count applications");
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(identityNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return new ApplicantKey(HexFormat.of().formatHex(hash));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String toString() {
		return "ApplicantKey[" + value.substring(0, 8) + "…]";
	}

}
