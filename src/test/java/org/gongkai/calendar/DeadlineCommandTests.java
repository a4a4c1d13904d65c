package org.gongkai.calendar;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code deadline} command: the due date alone on the first line, exit status 2 on
 * bad arguments.
 */
class DeadlineCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final DeadlineCommand command = new DeadlineCommand(Fixtures.shippedCalendar(), 366,
			new PrintStream(err, true, StandardCharsets.UTF_8));

	int run(String... args) {
		return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void printsTheDueDateAloneOnTheFirstLineThenTheDaysCrossed() {
		assertThat(run("2026-09-24", "6")).isZero();
		assertThat(lines().get(0)).isEqualTo("2026-10-10");
		assertThat(lines()).contains("  2026-10-10 周六 国庆节 调休上班");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void saysWhenTheResultIsProvisional() {
		assertThat(run("2026-12-30", "2")).isZero();
		assertThat(lines().get(0)).isEqualTo("2027-01-04");
		assertThat(lines().get(1)).startsWith("暂定：[2027]");
		assertThat(lines()).contains("  2027-01-01 周五 元旦 休（按放假办法预测）");
	}

	@Test
	void badArgumentsExitWithStatusTwoAndAMessage() {
		assertThat(run("2026-02-30", "5")).isEqualTo(2);
		assertThat(run("2026-09-24", "-3")).isEqualTo(2);
		assertThat(run("2026-09-24")).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("日期无效：2026-02-30", "0 到 366", "需要两个参数",
				"用法：java -jar gongkai.jar deadline YYYY-MM-DD N");
	}

}
