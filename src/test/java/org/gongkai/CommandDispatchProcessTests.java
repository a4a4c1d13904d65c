package org.gongkai;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java … GongkaiApplication check FILE…} dispatched before Spring starts, in a
 * process of its own whose class path holds no Spring jar at all: the command runs and
 * keeps its exit status (0 no error, 1 an error finding, 2 an unreadable input), and an
 * unknown command word prints the command list and exits 2, all without Spring.
 */
class CommandDispatchProcessTests {

	private static final Path SEED = Path.of("src/test/resources/reports/000_6bfdcf6bfc4ffa1d.txt");

	/** The test class path without any Spring jar. */
	private static String classPathWithoutSpring() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Stream.of(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.toLowerCase(Locale.ROOT).contains("spring"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private record Run(int status, String output) {
	}

	private static Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						classPathWithoutSpring(), GongkaiApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	@Test
	void theClassPathOfTheseRunsHasNoSpring() {
		assertThat(classPathWithoutSpring()).doesNotContain("spring").contains("jsoup");
	}

	@Test
	void checkRunsWithoutSpringAndKeepsItsExitStatus(@TempDir Path directory) throws Exception {
		Run seed = run("check", SEED.toString());
		assertThat(seed.status()).as(seed.output()).isZero();
		assertThat(seed.output()).contains("卧龙区商务局 2023 年度").contains("0 个错误").doesNotContain("Spring");
		Path wrong = Files.writeString(directory.resolve("wrong.txt"), wrongTotal(Files.readString(SEED)));
		Run error = run("check", wrong.toString());
		assertThat(error.status()).as(error.output()).isEqualTo(1);
		assertThat(error.output()).contains("错误 R-");
		Path empty = Files.write(directory.resolve("empty.txt"), new byte[0]);
		Run unreadable = run("check", "--json", SEED.toString(), empty.toString());
		assertThat(unreadable.status()).as(unreadable.output()).isEqualTo(2);
		assertThat(unreadable.output()).startsWith("[").contains("文件为空");
	}

	/**
	 * The seed with one cell of table 三's total made 1, so that the sums no longer hold.
	 */
	private static String wrongTotal(String seed) {
		String[] lines = seed.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("(七) 总计\t")) {
				lines[i] = lines[i].replaceFirst("\t0", "\t1");
				break;
			}
		}
		assertThat(String.join("\n", lines)).isNotEqualTo(seed);
		return String.join("\n", lines);
	}

	@Test
	void anUnknownCommandPrintsTheCommandsWithoutSpring() throws Exception {
		Run unknown = run("chekc");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.output()).contains("未知命令：chekc").contains("check").doesNotContain("Exception");
	}

}
