package org.gongkai.requests;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sample files for the tests of applications, and the name applications' documents fall
 * back to. Type detection and names are tested with the shared upload rules
 * ({@code UploadsTests}).
 */
class RequestDocumentsTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	@Test
	void anApplicationDocumentWithoutANameIsCalledAttachment() {
		assertThat(RequestDocuments.safeName(" ")).isEqualTo("附件");
		assertThat(RequestDocuments.safeName("../../etc/passwd")).isEqualTo("passwd");
	}

}
