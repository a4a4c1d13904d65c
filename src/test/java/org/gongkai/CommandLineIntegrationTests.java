package org.gongkai;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gongkai.jar audit-verify} boots without the web server, verifies the
 * chain and exits 0.
 */
class CommandLineIntegrationTests {

	@Test
	void auditVerifyRunsWithoutTheServerAndExitsZeroOnAnIntactChain() {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			status = GongkaiApplication.runCommand(new String[] { "audit-verify" });
		}
		finally {
			System.setOut(original);
		}
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK 审计链完整").contains("entries checked: 0");
	}

}
