package org.gongkai.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.shared.UploadRefusal;
import org.gongkai.shared.UploadedFile;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an entry's attachment may be: no Spring. */
class AttachmentTypesTests {

	static final DataSize LIMIT = DataSize.ofMegabytes(1);

	@Test
	void recognisesPdfDocxAndXlsxByTheirBytes() throws IOException {
		assertThat(AttachmentTypes.check(new UploadedFile("通知.pdf", "%PDF-1.7 ...".getBytes()), LIMIT))
			.isEqualTo("application/pdf");
		assertThat(AttachmentTypes.check(new UploadedFile("通知.docx", office("word/document.xml")), LIMIT))
			.isEqualTo(AttachmentTypes.DOCX);
		assertThat(AttachmentTypes.check(new UploadedFile("统计表.XLSX", office("xl/workbook.xml")), LIMIT))
			.isEqualTo(AttachmentTypes.XLSX);
	}

	@Test
	void refusesAFileThatIsNotWhatItsNameClaims() throws IOException {
		assertThatThrownBy(() -> AttachmentTypes.check(new UploadedFile("通知.pdf", office("word/document.xml")), LIMIT))
			.isInstanceOf(UploadRefusal.class)
			.hasMessageContaining("扩展名与文件内容不符");
		assertThatThrownBy(
				() -> AttachmentTypes.check(new UploadedFile("setup.docx", "MZ\u0090\u0000".getBytes()), LIMIT))
			.isInstanceOf(UploadRefusal.class)
			.satisfies(e -> assertThat(((UploadRefusal) e).reason()).isEqualTo(UploadRefusal.Reason.WRONG_TYPE));
		assertThatThrownBy(() -> AttachmentTypes.check(new UploadedFile("archive.docx", office("readme.txt")), LIMIT))
			.isInstanceOf(UploadRefusal.class);
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> AttachmentTypes.check(new UploadedFile("a.pdf", new byte[0]), LIMIT))
			.isInstanceOf(UploadRefusal.class)
			.satisfies(e -> assertThat(((UploadRefusal) e).reason()).isEqualTo(UploadRefusal.Reason.EMPTY));
		byte[] big = new byte[(int) LIMIT.toBytes() + 1];
		big[0] = '%';
		assertThatThrownBy(() -> AttachmentTypes.check(new UploadedFile("a.pdf", big), LIMIT))
			.isInstanceOf(UploadRefusal.class)
			.satisfies(e -> assertThat(((UploadRefusal) e).reason()).isEqualTo(UploadRefusal.Reason.TOO_LARGE));
	}

	static byte[] office(String part) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<x/>".getBytes());
		}
		return bytes.toByteArray();
	}

}
