package org.gongkai.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.gongkai.shared.UploadRefusal;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.util.unit.DataSize;

/**
 * The files a catalogue entry may carry: PDF, PNG and JPEG as the shared upload checks
 * recognise them ({@link Uploads#detectType}), and DOCX and XLSX recognised as the Office
 * Open XML packages they are (a ZIP holding {@code word/document.xml} or
 * {@code xl/workbook.xml}). The file name's extension must name the type the bytes show,
 * so a file is never what its name does not claim.
 */
final class AttachmentTypes {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Map<String, String> EXTENSIONS = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg", "docx", DOCX, "xlsx", XLSX);

	private AttachmentTypes() {
	}

	/**
	 * Checks a file and returns its type.
	 * @throws UploadRefusal when it is empty, too large, of no accepted type, or of a
	 * type other than its name claims
	 */
	static String check(UploadedFile file, DataSize maxSize) {
		String name = Uploads.safeName(file == null ? null : file.filename(), "附件");
		if (file == null || file.content() == null || file.content().length == 0) {
			throw new UploadRefusal(UploadRefusal.Reason.EMPTY, "上传的文件“" + name + "”是空文件");
		}
		if (file.content().length > maxSize.toBytes()) {
			throw new UploadRefusal(UploadRefusal.Reason.TOO_LARGE,
					"上传的文件“" + name + "”超过 " + maxSize.toMegabytes() + " MB 的大小限制");
		}
		String type = detect(file.content()).orElseThrow(() -> new UploadRefusal(UploadRefusal.Reason.WRONG_TYPE,
				"上传的文件“" + name + "”不是 PDF、DOCX、XLSX、PNG 或 JPEG 文件（按文件内容识别）"));
		int dot = name.lastIndexOf('.');
		String claimed = dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (!type.equals(claimed)) {
			throw new UploadRefusal(UploadRefusal.Reason.WRONG_TYPE,
					"上传的文件“" + name + "”的扩展名与文件内容不符（内容为 " + type + "）");
		}
		return type;
	}

	/** The type recognised from the bytes, or empty. */
	static Optional<String> detect(byte[] content) {
		Optional<String> shared = Uploads.detectType(content);
		if (shared.isPresent()) {
			return shared;
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			return Optional.empty();
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
				if (entry.getName().equals("word/document.xml")) {
					return Optional.of(DOCX);
				}
				if (entry.getName().equals("xl/workbook.xml")) {
					return Optional.of(XLSX);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
