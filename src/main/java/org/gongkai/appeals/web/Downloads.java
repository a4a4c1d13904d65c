package org.gongkai.appeals.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.appeals.AppealDocuments;
import org.gongkai.appeals.AppealHandling;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Serving and receiving case documents, the same for the console and the API. */
final class Downloads {

	private Downloads() {
	}

	/** The document as an attachment, for the signed-in staff member if the case is theirs to read (else 404). */
	static ResponseEntity<byte[]> document(AppealHandling handling, long id, long documentId) {
		return document(handling, AgencyAccess.currentStaff(), id, documentId);
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

	/** The status a refused upload answers with: 413 too large, 415 not a PDF or image, 400 empty, 409 otherwise. */
	static HttpStatus uploadRefused(String code) {
		return switch (code) {
			case "upload.too-large" -> HttpStatus.CONTENT_TOO_LARGE;
			case "upload.type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case "upload.empty" -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
	}

}
