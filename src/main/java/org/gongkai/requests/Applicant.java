package org.gongkai.requests;

import org.gongkai.shared.IdentifierChecks;
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
 */
public record Applicant(@Column("applicant_type") ApplicantType type, @Column("applicant_name") String name,
		@Column("id_type") IdDocumentType idType, @Column("id_number") String idNumber,
		@Column("contact_person") String contactPerson, @Column("phone") String phone, @Column("email") String email,
		@Column("address") String address, @Column("postcode") String postcode) {

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
				IdentifierChecks.mask(phone), IdentifierChecks.mask(email), IdentifierChecks.mask(address), postcode);
	}

}
