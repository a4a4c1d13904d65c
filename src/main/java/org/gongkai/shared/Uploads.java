package org.gongkai.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

/**
 * The rules every upload passes before it is stored: not empty, within a size limit, a
 * PDF, PNG or JPEG recognised by its first bytes (a renamed executable stays refused),
 * under a name safe to store and show.
 */
public final class Uploads {

	/** The longest name kept, in characters (code points). */
	private static final int MAX_NAME = 200;

	/** Format, line-separator, private-use, surrogate and unassigned characters. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cs}\\p{Cn}]");

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\"<>]");

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
			"image/jpeg", "jpg");

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
	 * quotes, no format characters (bidi overrides and isolates, zero-width characters,
	 * which could make {@code 报告‮fdp.exe} read as {@code 报告exe.pdf}), at most 200
	 * characters; {@code fallback} when nothing is left.
	 */
	public static String safeName(String filename, String fallback) {
		if (filename == null || filename.isBlank()) {
			return fallback;
		}
		String name = filename.replace('\\', '/');
		name = INVISIBLE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("");
		name = UNSAFE.matcher(name).replaceAll("_").strip();
		if (name.isEmpty()) {
			return fallback;
		}
		int length = name.codePointCount(0, name.length());
		return length > MAX_NAME ? name.substring(name.offsetByCodePoints(0, length - MAX_NAME)) : name;
	}

	/**
	 * The name a file is stored and shown under: {@link #safeName} with the extension of
	 * the type {@link #detectType} recognises in {@code content} (a PDF sent as
	 * {@code 申请.exe} is stored as {@code 申请.pdf}); a name without a recognised type is
	 * only made safe, and a missing name stays missing.
	 */
	public static String nameByType(String filename, byte[] content) {
		String safe = safeName(filename, null);
		if (safe == null) {
			return filename == null || filename.isBlank() ? filename : "";
		}
		Optional<String> type = detectType(content);
		if (type.isEmpty()) {
			return safe;
		}
		String extension = EXTENSIONS.get(type.get());
		int dot = safe.lastIndexOf('.');
		String current = dot >= 0 ? safe.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (current.equals(extension) || (extension.equals("jpg") && current.equals("jpeg"))) {
			return safe;
		}
		String base = dot >= 0 ? safe.substring(0, dot) : safe;
		return safeName(base + "." + extension, null);
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
