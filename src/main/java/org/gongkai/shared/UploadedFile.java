package org.gongkai.shared;

/**
 * A file as uploaded: the bytes, and the name the client gave made safe and matched to
 * what the bytes are ({@link Uploads#nameByType}: no path, no control or format
 * characters, the extension of the detected type). Its type is decided from the bytes
 * ({@link Uploads#detectType}), never from the name or the declared content type.
 */
public record UploadedFile(String filename, byte[] content) {

	public UploadedFile {
		filename = Uploads.nameByType(filename, content);
	}

}
