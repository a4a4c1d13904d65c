package org.gongkai.shared;

import java.util.Optional;

import org.springframework.util.unit.DataSize;

/**
 * The rules every upload passes before it is stored: not empty, within a size limit, a
 * PDF, PNG or JPEG recognised by its first bytes (a renamed executable stays refused),
 * under a name safe to store and show.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Checks a file before anything is stored.
	 * @param maxSize the largest file accepted
	 * @param fallbackName the name shown when the client gave none, such as 附件
	 * @return the content type recognised from the bytes
	 * @throws UploadRefusal when the file is missing or empty, too large or not of an
	 * accepted type
	 */
	public static String check(UploadedFile file, DataSize maxSize, String fallbackName) {
		String name = safeName(file == null ? null : file.filename(), fallbackName);
		if (file == null || file.content() == null || file.content().length == 0) {
			throw new UploadRefusal(UploadRefusal.Reason.EMPTY, "上传的文件“" + name + "”是空文件");
		}
		if (file.content().length > maxSize.toBytes()) {
			throw new UploadRefusal(UploadRefusal.Reason.TOO_LARGE,
					"上传的文件“" + name + "”超过 " + maxSize.toMegabytes() + " MB 的大小限制");
		}
		return detectType(file.content()).orElseThrow(() -> new UploadRefusal(UploadRefusal.Reason.WRONG_TYPE,
				"上传的文件“" + name + "”不是 PDF、PNG 或 JPEG 文件（按文件内容识别，与扩展名无关）"));
	}

	/** Refuses more than {@code max} files in one submission. */
	public static void checkCount(int count, int max) {
		if (count > max) {
			throw new UploadRefusal(UploadRefusal.Reason.TOO_MANY, "附件最多 " + max + " 个");
		}
	}

	/**
	 * The content type recognised from the first bytes of {@code content}, or empty for
	 * anything not accepted.
	 */
	public static Optional<String> detectType(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/**
	 * An uploaded file's name made safe to store and show: no path, control characters or
	 * quotes, at most 200 characters; {@code fallback} when nothing is left.
	 */
	public static String safeName(String filename, String fallback) {
		if (filename == null || filename.isBlank()) {
			return fallback;
		}
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
		if (name.isEmpty()) {
			return fallback;
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
