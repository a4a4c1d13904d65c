package org.gongkai.requests;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload types are recognised by their first bytes, never by the name. */
class RequestDocumentsTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	@Test
	void recognisesPdfPngAndJpegByContent() {
		assertThat(RequestDocuments.detectType(PDF)).contains("application/pdf");
		assertThat(RequestDocuments.detectType(PNG)).contains("image/png");
		assertThat(RequestDocuments.detectType(JPEG)).contains("image/jpeg");
	}

	@Test
	void refusesAnExecutableOrHtmlWhateverItsName() {
		byte[] windowsExe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

		assertThat(RequestDocuments.detectType(windowsExe)).isEmpty();
		assertThat(RequestDocuments.detectType(html)).isEmpty();
		assertThat(RequestDocuments.detectType(new byte[] { '%', 'P' })).isEmpty();
	}

	@Test
	void fileNamesLoseTheirPathsAndControlCharacters() {
		assertThat(RequestDocuments.safeName("C:\\Users\\wang\\身份证.pdf")).isEqualTo("身份证.pdf");
		assertThat(RequestDocuments.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(RequestDocuments.safeName("a\"b<c>.pdf")).isEqualTo("a_b_c_.pdf");
		assertThat(RequestDocuments.safeName(" ")).isEqualTo("附件");
	}

}
