package org.gongkai.reports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Chooses the reader for a file by its first bytes (PDF, DOCX) and its content (HTML,
 * text), whatever its name says; text is UTF-8, UTF-16 with a byte order mark or GB18030.
 */
final class DocumentReaders {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private DocumentReaders() {
	}

	static ReportDocument read(String name, byte[] content) throws UnreadableInput {
		if (content.length == 0) {
			throw new UnreadableInput("文件为空");
		}
		if (startsWith(content, "%PDF-")) {
			return PdfReader.read(content);
		}
		if (startsWith(content, "PK\u0003\u0004")) {
			return DocxReader.read(content);
		}
		if (startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
			throw new UnreadableInput("旧版 Word（.doc）或 Excel 文件无法读取，请另存为 DOCX 或 PDF");
		}
		String text = decode(content);
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".shtml")
				|| tagInHead(text, "<html", "<!doctype html", "<body", "<table", "<p")) {
			return HtmlReader.read(content, text);
		}
		return ReportDocument.ofText(text);
	}

	/** Whether the first 4,096 characters hold one of the tags, in any case. */
	private static boolean tagInHead(String text, String... tags) {
		int limit = Math.min(text.length(), 4096);
		for (int at = text.indexOf('<'); at >= 0 && at < limit; at = text.indexOf('<', at + 1)) {
			for (String tag : tags) {
				if (startsWithIgnoreCase(text, at, limit, tag)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The first index of an ASCII lower-case word in the text before {@code limit},
	 * ignoring case, or -1; what {@code toLowerCase(Locale.ROOT).indexOf} gives for a
	 * word without i or k (whose lower cases have more than one upper case), without the
	 * copy.
	 */
	static int indexOfIgnoreCase(String text, String word, int limit) {
		for (int i = 0; i + word.length() <= limit; i++) {
			if (startsWithIgnoreCase(text, i, limit, word)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsWithIgnoreCase(String text, int at, int limit, String word) {
		if (at + word.length() > limit) {
			return false;
		}
		for (int j = 0; j < word.length(); j++) {
			char c = text.charAt(at + j);
			char w = word.charAt(j);
			if (c != w && c != Character.toUpperCase(w)) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] content, String magic) {
		if (content.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((content[i] & 0xff) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	static String decode(byte[] content) throws UnreadableInput {
		if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		int start = (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) ? 3 : 0;
		int control = 0;
		for (int i = start; i < Math.min(content.length, 8192); i++) {
			int b = content[i] & 0xff;
			if (b == 0) {
				throw new UnreadableInput("不是文本文件（含二进制内容），无法读取");
			}
			if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
				control++;
			}
		}
		if (control > 8) {
			throw new UnreadableInput("不是文本文件（含控制字符），无法读取");
		}
		// the string decoder is the fastest; it replaces malformed input, so only a
		// U+FFFD
		// calls for the strict decoder (which tells malformed input from a real U+FFFD)
		String quick = new String(content, start, content.length - start, StandardCharsets.UTF_8);
		if (quick.indexOf('\ufffd') < 0) {
			return quick;
		}
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			try {
				return GB18030.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content, start, content.length - start))
					.toString();
			}
			catch (CharacterCodingException again) {
				throw new UnreadableInput("无法识别文本编码（既不是 UTF-8 也不是 GB18030），无法读取", again);
			}
		}
	}

}
