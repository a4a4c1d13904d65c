package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An application as typed into a form or posted to the API, before it is checked: every
 * field a string or an enum, so that each mistake can be reported against its own field
 * by {@link ApplicationChecks}.
 */
public record ApplicationDraft(ApplicantType applicantType, String name, IdDocumentType idType, String idNumber,
		String contactPerson, String phone, String email, String address, String postcode, String title,
		String documentNumber, String description, FormWanted formWanted, DeliveryMethod deliveryWanted,
		String idOtherReason, String agentName, String agentIdNumber) {

	/** A draft without another document's reason or an agent. */
	public ApplicationDraft(ApplicantType applicantType, String name, IdDocumentType idType, String idNumber,
			String contactPerson, String phone, String email, String address, String postcode, String title,
			String documentNumber, String description, FormWanted formWanted, DeliveryMethod deliveryWanted) {
		this(applicantType, name, idType, idNumber, contactPerson, phone, email, address, postcode, title,
				documentNumber, description, formWanted, deliveryWanted, null, null, null);
	}

	/** The applicant part, trimmed. */
	public Applicant applicant() {
		String number = trim(idNumber);
		if (number != null && (idType == IdDocumentType.RESIDENT_ID || idType == IdDocumentType.CREDIT_CODE)) {
			number = number.toUpperCase();
		}
		return new Applicant(applicantType, trim(name), idType, number,
				applicantType != null && applicantType.isOrganisation() ? trim(contactPerson) : null, trim(phone),
				trim(email), trim(address), trim(postcode),
				idType == IdDocumentType.OTHER_DOCUMENT ? trim(idOtherReason) : null, trim(agentName),
				trim(agentName) == null ? null : upper(trim(agentIdNumber)));
	}

	/** The information sought, trimmed. */
	public InformationSought sought() {
		return new InformationSought(trim(title), trim(documentNumber), trim(description), formWanted, deliveryWanted);
	}

	/**
	 * A stable digest of the content, to tell a retry of the same submission from a
	 * different one under one key.
	 */
	public String digest() {
		String canonical = String.join("\u001f", String.valueOf(applicantType), String.valueOf(name),
				String.valueOf(idType), String.valueOf(idNumber), String.valueOf(contactPerson), String.valueOf(phone),
				String.valueOf(email), String.valueOf(address), String.valueOf(postcode), String.valueOf(title),
				String.valueOf(documentNumber), String.valueOf(description), String.valueOf(formWanted),
				String.valueOf(deliveryWanted))
				// The fields of issue 11, item 14 only when given: a draft without them
				// keeps
				// the digest it had, so that a retry across an upgrade still replays.
				+ (idOtherReason == null && agentName == null && agentIdNumber == null ? ""
						: "\u001f" + String.join("\u001f", String.valueOf(idOtherReason), String.valueOf(agentName),
								String.valueOf(agentIdNumber)));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase();
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
