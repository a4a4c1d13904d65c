package org.gongkai.requests;

import org.gongkai.shared.IdentifierChecks;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;

/**
 * Who applied (Article 29 (一)): name, identity document and contacts. For an organisation
 * the document is its unified social credit code and {@code contactPerson} names the
 * person acting for it.
 *
 * @param type the column of table 三
 * @param name the person's or organisation's name
 * @param idType the identity document's kind
 * @param idNumber the identity document's number; masked wherever it is shown in lists,
 * logs and exports
 * @param contactPerson for an organisation, who acts for it; otherwise {@code null}
 * @param phone contact phone
 * @param email contact email, where replies and notices may be sent
 * @param address postal address
 * @param postcode postcode of {@code address}
 * @param idOtherReason for an organisation proving its identity with another document
 * than a 统一社会信用代码, why it has none
 * @param agentName the 委托代理人 acting for the applicant, or none
 * @param agentIdNumber the agent's identity document number, or none
 */
public record Applicant(@Column("applicant_type") ApplicantType type, @Column("applicant_name") String name,
		@Column("id_type") IdDocumentType idType, @Column("id_number") String idNumber,
		@Column("contact_person") String contactPerson, @Column("phone") String phone, @Column("email") String email,
		@Column("address") String address, @Column("postcode") String postcode,
		@Column("id_other_reason") String idOtherReason, @Column("agent_name") String agentName,
		@Column("agent_id_number") String agentIdNumber) {

	@PersistenceCreator
	public Applicant {
	}

	/** An applicant without another document's reason or an agent. */
	public Applicant(ApplicantType type, String name, IdDocumentType idType, String idNumber, String contactPerson,
			String phone, String email, String address, String postcode) {
		this(type, name, idType, idNumber, contactPerson, phone, email, address, postcode, null, null, null);
	}

	/**
	 * The last four characters of the identity number: one way the applicant proves they
	 * may follow the case.
	 */
	public String idNumberTail() {
		return idNumber == null || idNumber.length() < 4 ? "" : idNumber.substring(idNumber.length() - 4).toUpperCase();
	}

	/**
	 * A copy fit for lists, logs and exports: identity number, phone and address masked.
	 */
	public Applicant masked() {
		return new Applicant(type, name, idType, IdentifierChecks.mask(idNumber), contactPerson,
				IdentifierChecks.mask(phone), IdentifierChecks.mask(email), IdentifierChecks.mask(address), postcode,
				idOtherReason, agentName, IdentifierChecks.mask(agentIdNumber));
	}

}
