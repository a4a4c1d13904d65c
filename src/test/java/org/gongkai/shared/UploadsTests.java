package org.gongkai.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Upload types are recognised by their first bytes, never by the name; refusals carry
 * their own status.
 */
class UploadsTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	@Test
	void recognisesPdfPngAndJpegByContent() {
		assertThat(Uploads.detectType(PDF)).contains("application/pdf");
		assertThat(Uploads.detectType(PNG)).contains("image/png");
		assertThat(Uploads.detectType(JPEG)).contains("image/jpeg");
	}

	@Test
	void refusesAnExecutableOrHtmlWhateverItsName() {
		byte[] windowsExe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

		assertThat(Uploads.detectType(windowsExe)).isEmpty();
		assertThat(Uploads.detectType(html)).isEmpty();
		assertThat(Uploads.detectType(new byte[] { '%', 'P' })).isEmpty();
	}

	@Test
	void fileNamesLoseTheirPathsAndControlCharacters() {
		assertThat(Uploads.safeName("C:\\Users\\wang\\身份证.pdf", "附件")).isEqualTo("身份证.pdf");
		assertThat(Uploads.safeName("../../etc/passwd", "附件")).isEqualTo("passwd");
		assertThat(Uploads.safeName("a\"b<c>.pdf", "附件")).isEqualTo("a_b_c_.pdf");
		assertThat(Uploads.safeName(" ", "附件")).isEqualTo("附件");
	}

	@Test
	void fileNamesLoseBidiAndOtherFormatCharacters() {
		// U+202E turns the rest of the line around: 报告\u202Efdp.exe reads as 报告exe.pdf.
		assertThat(Uploads.safeName("报告\u202Efdp.exe", "附件")).isEqualTo("报告fdp.exe");
		assertThat(Uploads.safeName("a\u200Bb\u2066c\u2069\uFEFF\u200E.pdf", "附件")).isEqualTo("abc.pdf");
		assertThat(Uploads.safeName("\u202E\u200B", "附件")).isEqualTo("附件");
		assertThat(Uploads.safeName("x\u2028y.pdf", "附件")).isEqualTo("xy.pdf");
		assertThat(Uploads.safeName("😀".repeat(250) + ".pdf", "附件")).hasSize(2 * 196 + 4).endsWith(".pdf");
	}

	@Test
	void storedFilesAreNamedByTheTypeOfTheirBytes() {
		assertThat(new UploadedFile("申请.exe", PDF).filename()).isEqualTo("申请.pdf");
		assertThat(new UploadedFile("报告\u202Efdp.exe", PDF).filename()).isEqualTo("报告fdp.pdf");
		assertThat(new UploadedFile("scan.PDF", PDF).filename()).isEqualTo("scan.PDF");
		assertThat(new UploadedFile("photo.jpeg", JPEG).filename()).isEqualTo("photo.jpeg");
		assertThat(new UploadedFile("photo.png", JPEG).filename()).isEqualTo("photo.jpg");
		assertThat(new UploadedFile("身份证", PNG).filename()).isEqualTo("身份证.png");
		assertThat(new UploadedFile("a.pdf.html", PDF).filename()).isEqualTo("a.pdf.pdf");
		assertThat(new UploadedFile(".pdf", PDF).filename()).isEqualTo(".pdf");
		assertThat(new UploadedFile("../x/evil.exe", new byte[] { 'M', 'Z' }).filename()).isEqualTo("evil.exe");
		assertThat(new UploadedFile(null, PDF).filename()).isNull();
		assertThat(new UploadedFile("\u202E", PDF).filename()).isEmpty();
		assertThat(Uploads.safeName(new UploadedFile("", PDF).filename(), "附件")).isEqualTo("附件");
	}

	@Test
	void eachRefusalNamesItsRuleAndStatus() {
		DataSize limit = DataSize.ofBytes(16);
		UploadRefusal empty = catchThrowableOfType(UploadRefusal.class,
				() -> Uploads.check(new UploadedFile("a.pdf", new byte[0]), limit, "附件"));
		UploadRefusal large = catchThrowableOfType(UploadRefusal.class,
				() -> Uploads.check(new UploadedFile("a.pdf", new byte[17]), limit, "附件"));
		UploadRefusal disguised = catchThrowableOfType(UploadRefusal.class,
				() -> Uploads.check(new UploadedFile("a.pdf", new byte[] { 'M', 'Z', 0 }), limit, "附件"));
		UploadRefusal many = catchThrowableOfType(UploadRefusal.class, () -> Uploads.checkCount(6, 5));

		assertThat(empty.code()).isEqualTo("upload.empty");
		assertThat(empty.status().value()).isEqualTo(400);
		assertThat(large.code()).isEqualTo("upload.too-large");
		assertThat(large.status().value()).isEqualTo(413);
		assertThat(disguised.code()).isEqualTo("upload.type");
		assertThat(disguised.status().value()).isEqualTo(415);
		assertThat(disguised.getMessage()).contains("a.pdf").contains("不是 PDF、PNG 或 JPEG 文件");
		assertThat(many.code()).isEqualTo("upload.too-many");
		assertThat(many.status().value()).isEqualTo(400);
		assertThat(Uploads.check(new UploadedFile("a.png", PNG), limit, "附件")).isEqualTo("image/png");
	}

}
