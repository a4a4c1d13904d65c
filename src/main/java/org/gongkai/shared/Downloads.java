package org.gongkai.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file served for download: always as an attachment with the type it was stored with
 * (for uploads, the type detected from its bytes by {@link Uploads}), never rendered
 * inline, so that a stored file cannot run as a page of this site. Used for every
 * document, export and data file the console, the public pages and the API serve.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * @param filename the name offered to the browser (UTF-8, encoded per RFC 6266)
	 * @param contentType the stored media type, such as {@code application/pdf}
	 * @param content the bytes
	 */
	public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
