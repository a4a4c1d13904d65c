package org.gongkai.letters;

import org.springframework.modulith.NamedInterface;

/** The formats a letter is kept in. */
@NamedInterface("api")
public enum LetterFormat {

	/** Word (Office Open XML), for the clerk to edit or print. */
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	/** PDF with the Chinese font embedded, as served to the applicant. */
	PDF("pdf", "application/pdf");

	private final String extension;

	private final String contentType;

	LetterFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

}
