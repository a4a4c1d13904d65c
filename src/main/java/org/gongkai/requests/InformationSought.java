package org.gongkai.requests;

import org.springframework.data.relational.core.mapping.Column;

/**
 * What the applicant asks for (Article 29 (二) and (三)): the information's title, document
 * number or other describing features, and the form and delivery wanted.
 */
public record InformationSought(@Column("info_title") String title,
		@Column("info_document_number") String documentNumber, @Column("info_description") String description,
		@Column("form_wanted") FormWanted formWanted, @Column("delivery_wanted") DeliveryMethod deliveryWanted) {
}
