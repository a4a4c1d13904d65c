package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check [--json] FILE_OR_DIR...}: findings per file, an array of objects with
 * {@code --json}, exit 0 without errors, 1 with an error, 2 when an input is unreadable;
 * and the cross-year rules when several years of one agency come together.
 */
class CheckCommandTests {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CheckCommand().run(List.of(args), new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theSeedPassesWithStatusZero(@TempDir Path directory) throws IOException {
		Path seed = Files.write(directory.resolve("seed.txt"), SeedReportTests.seed());
		assertThat(run(seed.toString())).isZero();
		assertThat(out()).contains("卧龙区商务局 2023 年度").contains("0 个错误").contains("W-all-zero");
	}

	@Test
	void anErrorFindingGivesStatusOne(@TempDir Path directory) throws IOException {
		Path report = Files.write(directory.resolve("r.txt"),
				ReportTexts.withApplications().replace("全年收到依申请公开 81 件", "全年收到依申请公开 80 件").bytes());
		assertThat(run(report.toString())).isEqualTo(1);
		assertThat(out()).contains("错误 R-6");
	}

	@Test
	void anUnreadableInputGivesStatusTwo(@TempDir Path directory) throws IOException {
		Path seed = Files.write(directory.resolve("seed.txt"), SeedReportTests.seed());
		Path empty = Files.write(directory.resolve("empty.txt"), new byte[0]);
		assertThat(run(seed.toString(), empty.toString())).isEqualTo(2);
		assertThat(out()).contains("无法读取：文件为空");
	}

	@Test
	void noArgumentsPrintTheUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(out()).contains("用法：check [--json]");
	}

	@Test
	void jsonIsAnArrayWithOneObjectPerFile(@TempDir Path directory) throws IOException {
		Files.write(directory.resolve("a.txt"), SeedReportTests.seed());
		Files.write(directory.resolve("b.txt"), new byte[0]);
		assertThat(run("--json", directory.toString())).isEqualTo(2);
		JsonNode array = JsonMapper.builder().build().readTree(out());
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isEqualTo(2);
		JsonNode first = array.get(0);
		assertThat(first.get("file").asString()).endsWith("a.txt");
		assertThat(first.get("report").get("applications").get("withheld").get("stateSecret").get("total").asInt())
			.isZero();
		assertThat(first.get("report").get("activeDisclosure").get("feesTenThousandYuan").asString()).isEqualTo("0");
		assertThat(first.get("findings").get(0).get("severity").asString()).isEqualTo("warning");
		assertThat(array.get(1).get("report").isNull()).isTrue();
		assertThat(array.get(1).get("error").asString()).isEqualTo("文件为空");
	}

	@Test
	void carriedOverThatDiffersFromLastYearsCarriedForwardIsRuleFour(@TempDir Path directory) throws IOException {
		Files.write(directory.resolve("2022.txt"),
				ReportTexts.withApplications().replace("卧龙区商务局 2023 年", "卧龙区商务局 2022 年").bytes());
		Files.write(directory.resolve("2023.txt"), ReportTexts.withApplications().bytes());
		assertThat(run("--json", directory.toString())).isZero();
		JsonNode array = JsonMapper.builder().build().readTree(out());
		JsonNode later = array.get(1);
		assertThat(later.get("findings").valueStream().map(finding -> finding.get("rule").asString())).contains("R-4");
		assertThat(later.get("findings")
			.valueStream()
			.filter(finding -> finding.get("rule").asString().equals("R-4"))
			.map(finding -> finding.get("location").get("column").asString()))
			.containsExactly("naturalPerson", "total");
	}

}
