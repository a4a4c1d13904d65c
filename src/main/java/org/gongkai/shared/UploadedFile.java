package org.gongkai.shared;

/**
 * A file as uploaded: the name the client gave and the bytes. Its type is decided from
 * the bytes ({@link Uploads#detectType}), never from the name or the declared content
 * type.
 */
public record UploadedFile(String filename, byte[] content) {
}
