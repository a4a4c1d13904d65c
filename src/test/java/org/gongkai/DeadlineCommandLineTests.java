package org.gongkai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gongkai.jar deadline YYYY-MM-DD N} through the real entry point: the
 * application starts without the web server, prints the due date alone on the first line
 * and exits with the command's status.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadlineCommandLineTests {

	@Test
	void printsTheDueDateOnTheFirstLine(CapturedOutput output) {
		int status = GongkaiApplication.runCommand(new String[] { "deadline", "2026-09-21", "20" });
		assertThat(status).isZero();
		assertThat(output.getOut().lines().filter(line -> !line.isBlank()).findFirst()).hasValue("2026-10-26");
	}

	@Test
	void badArgumentsExitWithStatusTwo(CapturedOutput output) {
		int status = GongkaiApplication.runCommand(new String[] { "deadline", "2026-09-21", "many" });
		assertThat(status).isEqualTo(2);
		assertThat(output.getErr()).contains("工作日数应为整数：many");
	}

}
