package org.gongkai.requests.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.requests.RequestDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads: always as attachments with the type detected at upload, never rendered inline by the browser. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(RequestDocuments.Document document, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
