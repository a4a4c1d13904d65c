package org.gongkai;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first argument that is no command ({@code chekc}) prints the command list and exits 2
 * instead of starting the web server.
 */
class CommandDispatchTests {

	@Test
	void anUnknownCommandWordPrintsTheCommandsAndExitsTwo() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int status = GongkaiApplication.unknownCommand("chekc", new PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(2);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("未知命令：chekc")
			.contains("check")
			.contains("audit-verify")
			.contains("create-admin")
			.contains("deadline")
			.contains("help");
	}

}
