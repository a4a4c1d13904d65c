package org.gongkai.appeals.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealHandling;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Serving case documents, the same for the console and the API. */
final class Downloads {

	private Downloads() {
	}

	/** The document as an attachment, for {@code staff} if the case is theirs to read (else 404). */
	static ResponseEntity<byte[]> document(AppealHandling handling, StaffPrincipal staff, long id, long documentId) {
		AppealDocuments.Document document = handling.document(staff, id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(handling.documentContent(staff, id, documentId));
	}

}
